export { statefulsetPlugin as default } from './plugin';
