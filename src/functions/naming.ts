/**
 * The naming rule that ties a function id to its adapter export: AKT_PROVIDER_FEE → aktProviderFee. The adapter
 * generator (scripts/gen-functions.ts) names the adapters by it, the metadata check (scripts/metadata.ts)
 * enforces it, and the headless plugin, the benches and the tests look adapters up by it.
 */
export function adapterName(id: string): string {
  return id.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
