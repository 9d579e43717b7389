// @ts-check
import { ESLintUtils } from '@typescript-eslint/utils';

/**
 * `tend/no-query-result-cast` (issue #20): a query result is typed where its statement is
 * prepared (`c.prepare<[string], Pick<SqlRow<typeof users>, 'id'>>(…)`, rows from db/schema.ts
 * through db/rows.ts), never with `as` on what `.get()`, `.all()` or `.iterate()` returned. A
 * cast there says nothing the compiler checks, and it is how hand-written row shapes drifted
 * from the schema. With `.pluck()` or `.raw()` the statement's Result is the plucked value
 * or the row tuple (both return the same statement, so its declared Result is what they give).
 *
 * Type-aware: it flags a cast only over a call on better-sqlite3's `Statement`, so `map.get(k)
 * as T` is not its business. A justified exception says why in the disable comment
 * (`// eslint-disable-next-line tend/no-query-result-cast -- why`). build/query-casts.test.ts
 * pins it.
 */
export const noQueryResultCast = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      cast: 'Type the statement where it is prepared (prepare<Params, Row>, Row from SqlRow<typeof table>) instead of casting what .{{method}}() returned.',
    },
  },
  defaultOptions: [],
  create(context) {
    // Without type information (build/layering.test.ts lints snippets that are in no tsconfig)
    // there is no telling a statement from a Map: nothing to check. `npm run lint` has it.
    const services = ESLintUtils.getParserServices(context, true);
    if (!services.program) return {};
    /** @param {import('@typescript-eslint/utils').TSESTree.TSAsExpression | import('@typescript-eslint/utils').TSESTree.TSTypeAssertion} node */
    const check = (node) => {
      let e = node.expression;
      while (e.type === 'TSNonNullExpression' || e.type === 'ChainExpression' || e.type === 'TSAsExpression' || e.type === 'TSTypeAssertion') e = e.expression;
      if (e.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || e.callee.property.type !== 'Identifier') return;
      const method = e.callee.property.name;
      if (method !== 'get' && method !== 'all' && method !== 'iterate') return;
      const type = services.getTypeAtLocation(e.callee.object);
      const decls = (type.getSymbol() ?? type.aliasSymbol)?.getDeclarations() ?? [];
      const isStatement = type.getSymbol()?.getName() === 'Statement' && decls.some((d) => d.getSourceFile().fileName.includes('/@types/better-sqlite3/'));
      if (isStatement) context.report({ node, messageId: 'cast', data: { method } });
    };
    return { TSAsExpression: check, TSTypeAssertion: check };
  },
});

export const tendPlugin = { rules: { 'no-query-result-cast': noQueryResultCast } };
