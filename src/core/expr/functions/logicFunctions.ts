import { toBoolean } from '../coerce';
import { arg, type FunctionDefinition } from './FunctionDefinition';

const TRUE = (): boolean => true;
const FALSE = (): boolean => false;

export const logicFunctions: Readonly<Record<string, FunctionDefinition>> = {
  if: {
    minArgs: 3,
    maxArgs: 3,
    usage: 'if(condition, value if true, value if false)',
    compile(args) {
      const [c, a, b] = [arg(args, 0), arg(args, 1), arg(args, 2)];
      // Only the chosen branch runs, as in ODK.
      return (env) => (toBoolean(c(env)) ? a(env) : b(env));
    },
  },
  not: {
    minArgs: 1,
    maxArgs: 1,
    usage: 'not(condition)',
    compile(args) {
      const a = arg(args, 0);
      return (env) => !toBoolean(a(env));
    },
  },
  true: { minArgs: 0, maxArgs: 0, usage: 'true()', compile: () => TRUE },
  false: { minArgs: 0, maxArgs: 0, usage: 'false()', compile: () => FALSE },
  coalesce: {
    minArgs: 2,
    maxArgs: 2,
    usage: 'coalesce(value, value if the first is blank)',
    compile(args) {
      const [a, b] = [arg(args, 0), arg(args, 1)];
      return (env) => {
        const v = a(env);
        return v === '' ? b(env) : v;
      };
    },
  },
};
