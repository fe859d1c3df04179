import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { inputAt, renderField, TEST_BACKEND_URL } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { ContainersField } from '../containers/ContainersField';

const server = setupServer();
registerMswTestHooks(server);

const otherValues = { name: 'app', owner: 'group:default/guests' };
const image = '127.0.0.1:5000/team/app';

function serveRegistry(tagRequests: string[]) {
  server.use(
    http.get(`${TEST_BACKEND_URL}/registry/repositories`, () =>
      HttpResponse.json({
        repositories: [{ registry: 'local', image }],
        errors: [],
      }),
    ),
    http.get(`${TEST_BACKEND_URL}/registry/tags`, ({ request }) => {
      const requested = new URL(request.url).searchParams.get('image')!;
      tagRequests.push(requested);
      return HttpResponse.json({ tags: ['1.0.0', '1.1.0'] });
    }),
  );
}

describe('ImageEditor', () => {
  it('suggests repositories from the backend', async () => {
    serveRegistry([]);
    const { container } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'app', image: { repository: '' } }],
      otherValues,
    });

    fireEvent.mouseDown(inputAt(container, 'containers[0].image.repository'));

    expect(
      await screen.findByRole('option', { name: image }),
    ).toBeInTheDocument();
  });

  it('suggests tags of a listed repository', async () => {
    const tagRequests: string[] = [];
    serveRegistry(tagRequests);
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'app', image: { repository: image } }],
      otherValues,
    });

    await waitFor(() => expect(tagRequests).toEqual([image]));
    fireEvent.mouseDown(inputAt(container, 'containers[0].image.tag'));
    fireEvent.click(await screen.findByRole('option', { name: '1.1.0' }));

    expect((current() as any)[0].image).toEqual({
      repository: image,
      tag: '1.1.0',
    });
  });

  it('asks no tags for an unlisted repository', async () => {
    const tagRequests: string[] = [];
    serveRegistry(tagRequests);
    const { container } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'app', image: { repository: '' } }],
      otherValues,
    });

    await userEvent.type(
      inputAt(container, 'containers[0].image.repository'),
      'nginx',
    );

    expect(tagRequests).toEqual([]);
  });

  it('emits the picked pull policy', async () => {
    serveRegistry([]);
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'app', image: { repository: 'nginx' } }],
      otherValues,
    });

    pickOption(container, 'containers[0].image.pullPolicy', 'IfNotPresent');

    expect((current() as any)[0].image).toEqual({
      repository: 'nginx',
      pullPolicy: 'IfNotPresent',
    });
  });

  it('works without a reachable backend', async () => {
    server.use(
      http.get(
        `${TEST_BACKEND_URL}/registry/repositories`,
        () => new HttpResponse(null, { status: 503 }),
      ),
    );
    const { container, current } = await renderField(ContainersField, {
      name: 'containers',
      formData: [{ name: 'app', image: { repository: '' } }],
      otherValues,
    });

    await userEvent.type(
      inputAt(container, 'containers[0].image.repository'),
      'nginx',
    );

    expect((current() as any)[0].image.repository).toBe('nginx');
  });
});
