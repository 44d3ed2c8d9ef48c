export function factsLastVerified(): string {
  return "2026-11-22";
}
