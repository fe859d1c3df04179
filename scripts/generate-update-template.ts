// Writes templates/statefulset-update/template.yaml from
// templates/statefulset/template.yaml. Run it with `yarn templates:generate`
// after every change of the create template; a unit test of the scaffolder
// module fails while the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildUpdateTemplate,
  CREATE_TEMPLATE_PATH,
  UPDATE_TEMPLATE_PATH,
} from '../plugins/scaffolder-backend-module-statefulset/src/updateTemplate/buildUpdateTemplate';

const repositoryRoot = path.resolve(__dirname, '..');
const source = fs.readFileSync(
  path.join(repositoryRoot, CREATE_TEMPLATE_PATH),
  'utf8',
);
const target = path.join(repositoryRoot, UPDATE_TEMPLATE_PATH);

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, buildUpdateTemplate(source));
console.log(`Wrote ${UPDATE_TEMPLATE_PATH} from ${CREATE_TEMPLATE_PATH}`);
