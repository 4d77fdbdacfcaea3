// GitHub cancels a job with SIGINT, then SIGTERM 7.5 s later, then kills it; GitLab sends SIGTERM.
// First signal: abort the run (stop children, write every report); a second one: leave at once.
export function cancelOnSignals(onSecond: () => void = () => process.exit(130)): AbortController {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return onSecond();
    controller.abort(new Error(`received ${signal}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return controller;
}
