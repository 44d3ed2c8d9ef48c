/** Every change-log entry; `lib/changes/` validates them and orders them newest first. */
import { accountsAndDataChanges } from "./accounts-and-data";
import { adminAccessChanges } from "./admin-access";
import { telemetryChanges } from "./telemetry";
import { windowsAndWordingChanges } from "./windows-and-wording";

export const changes = [
  ...adminAccessChanges,
  ...telemetryChanges,
  ...windowsAndWordingChanges,
  ...accountsAndDataChanges,
] as const;
