import { dateFunctions } from './dateFunctions';
import type { FunctionDefinition } from './FunctionDefinition';
import { logicFunctions } from './logicFunctions';
import { numberFunctions } from './numberFunctions';
import { textFunctions } from './textFunctions';

/** Every function the language knows, by name. A Map, so that names like 'constructor' are not found. */
export const functionTable: ReadonlyMap<string, FunctionDefinition> = new Map(
  Object.entries({ ...logicFunctions, ...numberFunctions, ...textFunctions, ...dateFunctions }),
);
