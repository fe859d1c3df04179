import { cpus, totalmem } from 'node:os';

/** The machine a benchmark ran on, as printed beside its figures. */
export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  kubernetes: string;
}

/** Describes this machine; `kubernetes` is the API server's gitVersion. */
export function describeMachine(kubernetesVersion: string): MachineDescription {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kubernetes: kubernetesVersion,
  };
}
