export { StatefulSetCard } from './StatefulSetCard';
