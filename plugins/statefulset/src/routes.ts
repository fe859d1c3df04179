import { createExternalRouteRef } from '@backstage/core-plugin-api';

/**
 * Page of one scaffolder template, where the card opens the update template
 * with the form prefilled. The new frontend system binds it to the
 * scaffolder's `selectedTemplate` route by default. A legacy app binds it in
 * `createApp({ bindRoutes })`.
 *
 * @public
 */
export const templatePageRouteRef = createExternalRouteRef({
  id: 'statefulset-template-page',
  params: ['namespace', 'templateName'],
  optional: true,
  defaultTarget: 'scaffolder.selectedTemplate',
});
