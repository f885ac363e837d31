// The story sweep runs in a real browser on a shared CI machine: the fix, the details and the ticket writer load
// on first need, so `findBy…` and `waitFor` in play functions wait up to 10 s for them (1 s by default).
import { configure } from 'storybook/test';

configure({ asyncUtilTimeout: 10_000 });
