/** Name of the headless Service that governs the set and gives each pod its DNS name. */
export function headlessServiceName(name: string): string {
  return `${name}-headless`;
}

/** Name of the access Service, which has the set's own name like the Ingress and the autoscaler. */
export function accessServiceName(name: string): string {
  return name;
}
