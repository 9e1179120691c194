/** The parsed form of an expression; compiled once into closures and then dropped. */
export type AstNode =
  | { readonly kind: 'number'; readonly value: number; readonly position: number }
  | { readonly kind: 'string'; readonly value: string; readonly position: number }
  | { readonly kind: 'ref'; readonly name: string; readonly position: number }
  | { readonly kind: 'dot'; readonly position: number }
  | { readonly kind: 'negate'; readonly operand: AstNode; readonly position: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOperator;
      readonly left: AstNode;
      readonly right: AstNode;
      readonly position: number;
    }
  | {
      readonly kind: 'call';
      readonly name: string;
      readonly args: readonly AstNode[];
      readonly position: number;
    };

export type BinaryOperator =
  'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'div' | 'mod';
