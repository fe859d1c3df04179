import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateStatefulSetValues } from '@internal/backstage-plugin-statefulset-common';
import { inputAt, renderField } from '../testing/renderField';
import { pickOption } from '../testing/select';
import { ServiceField } from './ServiceField';
import { IngressField } from './IngressField';

describe('ServiceField', () => {
  it('emits a ClusterIP Service with a port', async () => {
    const { container, current } = await renderField(ServiceField, {
      name: 'service',
    });

    fireEvent.click(inputAt(container, 'service.enabled'));
    fireEvent.click(screen.getByRole('button', { name: 'Add Service port' }));
    await userEvent.type(inputAt(container, 'service.ports[0].name'), 'http');
    await userEvent.type(inputAt(container, 'service.ports[0].port'), '80');
    await userEvent.type(
      inputAt(container, 'service.ports[0].targetPort'),
      'http',
    );

    expect(current()).toEqual({
      enabled: true,
      type: 'ClusterIP',
      ports: [{ name: 'http', port: 80, targetPort: 'http' }],
    });
  });

  it('offers node ports only outside ClusterIP', async () => {
    const { container } = await renderField(ServiceField, {
      name: 'service',
      formData: { enabled: true, type: 'ClusterIP', ports: [{ port: 80 }] },
    });

    expect(
      container.querySelector('[data-path="service.ports[0].nodePort"]'),
    ).toBeNull();
    pickOption(container, 'service.type', 'NodePort');
    expect(inputAt(container, 'service.ports[0].nodePort')).toBeInTheDocument();
  });

  it('emits only enabled false when switched off', async () => {
    const { container, current } = await renderField(ServiceField, {
      name: 'service',
      formData: { enabled: true, type: 'ClusterIP', ports: [{ port: 80 }] },
    });

    fireEvent.click(inputAt(container, 'service.enabled'));

    expect(current()).toEqual({ enabled: false });
  });
});

describe('IngressField', () => {
  it('emits a rule with pathType and service port', async () => {
    const { container, current } = await renderField(IngressField, {
      name: 'ingress',
    });

    fireEvent.click(inputAt(container, 'ingress.enabled'));
    await userEvent.type(
      inputAt(container, 'ingress.rules[0].host'),
      'foo.bar.com',
    );
    await userEvent.type(
      inputAt(container, 'ingress.rules[0].paths[0].servicePort'),
      '80',
    );

    expect(current()).toEqual({
      enabled: true,
      rules: [
        {
          host: 'foo.bar.com',
          paths: [{ path: '/', pathType: 'Prefix', servicePort: 80 }],
        },
      ],
    });
  });

  it('adds a first rule over empty defaults', async () => {
    const { container, current } = await renderField(IngressField, {
      name: 'ingress',
      formData: { enabled: false, rules: [] },
    });

    fireEvent.click(inputAt(container, 'ingress.enabled'));

    expect(current()).toEqual({
      enabled: true,
      rules: [{ paths: [{ path: '/', pathType: 'Prefix' }] }],
    });
  });

  it('emits TLS hosts one per line', async () => {
    const { container, current } = await renderField(IngressField, {
      name: 'ingress',
      formData: {
        enabled: true,
        rules: [
          { paths: [{ path: '/', pathType: 'Prefix', servicePort: 80 }] },
        ],
      },
    });

    fireEvent.click(
      screen.getByRole('button', { name: 'Add TLS certificate' }),
    );
    await userEvent.type(
      inputAt(container, 'ingress.tls[0].hosts'),
      'a.example.com{enter}b.example.com',
    );
    await userEvent.type(
      inputAt(container, 'ingress.tls[0].secretName'),
      'web-tls',
    );

    expect((current() as any).tls).toEqual([
      { hosts: ['a.example.com', 'b.example.com'], secretName: 'web-tls' },
    ]);
  });

  it('shows the message for a missing pathType', async () => {
    const ingress = {
      enabled: true,
      rules: [{ paths: [{ path: '/', servicePort: 80 }] }],
    };
    const otherValues = {
      name: 'web',
      owner: 'group:default/guests',
      containers: [{ name: 'web', image: { repository: 'nginx' } }],
      service: { enabled: true, type: 'ClusterIP', ports: [{ port: 80 }] },
    };
    const path = 'ingress.rules[0].paths[0].pathType';
    const { container } = await renderField(IngressField, {
      name: 'ingress',
      formData: ingress,
      otherValues,
      rawErrors: [`${path}: invalid`],
    });

    const result = validateStatefulSetValues({ ...otherValues, ingress });
    const expected = result.success
      ? undefined
      : result.errors.find(e => e.path === path)?.message;
    expect(expected).toBeDefined();
    expect(
      container.querySelector(`[id="${path}-helper-text"]`)?.textContent,
    ).toBe(expected);
  });
});
