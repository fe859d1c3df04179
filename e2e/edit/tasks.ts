/*
 * Scaffolder tasks and catalog entities through the REST API of the running
 * portal, as the guest user.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { callBackend } from '../cluster/portal.ts';

export type TaskStatus =
  | 'open'
  | 'processing'
  | 'completed'
  | 'failed'
  | 'cancelled';

export type TaskEvent = {
  type: string;
  body: {
    message?: string;
    status?: string;
    stepId?: string;
    output?: {
      links?: Array<{ title?: string; url?: string; entityRef?: string }>;
      text?: Array<{ title?: string; content?: string }>;
    };
  };
};

export type CatalogEntity = {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: { owner?: string };
};

/** Starts a task of the template `templateRef` and returns its id. */
export async function startTask(
  templateRef: string,
  values: Record<string, unknown>,
): Promise<string> {
  const response = await callBackend<{ id: string }>(
    'POST',
    '/api/scaffolder/v2/tasks',
    { templateRef, values },
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.id;
}

/** Polls a task until it ends; the calling test's timeout bounds the wait. */
export async function waitForTask(
  taskId: string,
): Promise<{ status: TaskStatus; events: TaskEvent[] }> {
  for (;;) {
    const task = await callBackend<{ status: TaskStatus }>(
      'GET',
      `/api/scaffolder/v2/tasks/${taskId}`,
    );
    assert.equal(
      task.status,
      200,
      `task ${taskId}: ${JSON.stringify(task.body)}`,
    );
    const { status } = task.body;
    if (
      status === 'completed' ||
      status === 'failed' ||
      status === 'cancelled'
    ) {
      const events = await callBackend<TaskEvent[]>(
        'GET',
        `/api/scaffolder/v2/tasks/${taskId}/events`,
      );
      return { status, events: events.body };
    }
    await sleep(500);
  }
}

/** Joins the log messages of a task, for assertion messages. */
export function taskLog(events: TaskEvent[]): string {
  return events
    .map(event => event.body.message)
    .filter(Boolean)
    .join('\n');
}

/**
 * Polls the catalog until it has processed the entity's location; the
 * calling test's or hook's timeout bounds the wait.
 */
export async function waitForEntity(
  kind: string,
  name: string,
): Promise<CatalogEntity> {
  for (;;) {
    const response = await callBackend<CatalogEntity>(
      'GET',
      `/api/catalog/entities/by-name/${kind}/default/${name}`,
    );
    if (response.status === 200) {
      return response.body;
    }
    assert.equal(response.status, 404, JSON.stringify(response.body));
    await sleep(500);
  }
}
