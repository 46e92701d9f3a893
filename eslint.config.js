// ESLint flat config (issue #14): typescript-eslint with type information, its recommended and stylistic
// sets, and the house limits from the common brief (functions under 60 lines, lines under 120 characters).
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import tseslint from 'typescript-eslint'

/** The house limits; README "Rules of the house" states them for people, these enforce them. */
const MAX_FUNCTION_LINES = 60
const MAX_LINE_LENGTH = 120
/** ESLint's own default for `complexity`: past 20 paths a function no longer reads as one step. */
const MAX_COMPLEXITY = 20

export default tseslint.config(
  {
    // Build output, coverage, tap's cache and the eval cache are generated; fixtures are real pages and
    // seeds kept byte for byte (they are inputs, not code). openapi/openapi.json is generated (not .ts anyway).
    ignores: ['dist/**', 'coverage/**', '.tap/**', '.eval/**', 'node_modules/**', 'test/fixtures/**', 'openapi/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommendedTypeChecked,
      ...tseslint.configs.stylisticTypeChecked,
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@stylistic': stylistic },
    rules: {
      complexity: ['error', MAX_COMPLEXITY],
      'max-lines-per-function': ['error', { max: MAX_FUNCTION_LINES, skipBlankLines: true, skipComments: true }],
      '@stylistic/max-len': ['error', {
        code: MAX_LINE_LENGTH,
        // A URL or a regex literal cannot be wrapped without changing what it says.
        ignoreUrls: true,
        ignoreRegExpLiterals: true,
      }],
      // `for (const _ of text.matchAll(…)) n++` counts matches: a leading underscore marks a binding kept unused.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
      // House style: `string[]` for simple element types, `Array<{ … }>` when the element type is written out.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // Chinese pages separate fields with the ideographic space (U+3000); comments and template-literal inputs
      // quote such lines as they are. Irregular whitespace in code and plain strings is still an error.
      'no-irregular-whitespace': ['error', { skipComments: true, skipTemplates: true }],
    },
  },
  {
    // Syntax that fails or slows down on real pages, in the code that runs on them. A list spread into a call's
    // arguments overflows the stack past about 120,000 items: a data table of 200,000 rows, 200,000 elements in
    // <head> and 200,000 mojibake runs in one line each threw "Maximum call stack size exceeded" (a 500) until
    // 2026-11-30. Code that runs on pages loops or reduces instead (test/large-lists.test.ts).
    files: ['src/**/*.ts', 'cli/**/*.ts', 'routes/**/*.ts', 'plugins/**/*.ts', 'pool/**/*.ts', 'app.ts', 'server.ts'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
          message: 'A spread into push/unshift/splice overflows the stack on a large list: use a for…of loop.',
        },
        {
          selector: 'CallExpression[callee.object.name="Math"][callee.property.name=/^(max|min)$/] > SpreadElement',
          message: 'Math.max/min(...list) overflows the stack on a large list: use reduce.',
        },
        {
          selector: 'CallExpression[callee.property.name="fromCharCode"] > SpreadElement',
          message: 'String.fromCharCode(...codes) overflows the stack on a large list: decode with a TextDecoder or in chunks.',
        },
        {
          // A page's strings come in many representations (one- and two-byte, flat, slices, joins, internalized): a
          // `text.charCodeAt(i)` site that has seen more than four goes megamorphic, and every call then looks the
          // method up in V8's global cache. A worker that had read real pages ran the 200 KB generated article 1.5x
          // slower than a fresh one (docs/performance.md, session 26).
          selector: 'CallExpression[callee.property.name="charCodeAt"]',
          message: 'Read a code unit with `unitAt(text, i)` (src/text/index.ts): a `.charCodeAt` call site goes megamorphic on the many representations of a page\'s strings.',
        },
      ],
    },
  },
  {
    // Fastify decides by the function being async (a plugin or hook that is not async must call `done`), and so
    // do tap (an async test callback ends when its promise settles) and the bench harness: async without await
    // is their contract, not a slip.
    files: ['plugins/**/*.ts', 'routes/**/*.ts', 'app.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // tap tests are one `t.test` callback per case, nested in a file-level callback: the file-level callback
    // is as long as the file, so the function-length limit measures the file, not a function. Each case is
    // still read by the 120-character and complexity rules.
    files: ['test/**/*.ts'],
    rules: {
      'max-lines-per-function': 'off',
      // A test's inputs and expected answers are text quoted whole (a sentence of a real page, a small inline
      // page in a template literal): cut with `+` it can no longer be searched for or compared with its source.
      // Lines of code in tests are still held to 120 characters.
      '@stylistic/max-len': ['error', {
        code: MAX_LINE_LENGTH, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true,
        ignoreTemplateLiterals: true,
      }],
      // tap runs the subtests a file queues with `t.test(...)` and waits for each itself; awaiting them adds
      // nothing and nesting them changes nothing.
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests read response bodies as parsed JSON (`any`) and assert on their fields; the schema checks in
      // contract.test.ts and openapi.test.ts are what type them.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // The config file itself is plain JavaScript outside the TypeScript project.
    files: ['eslint.config.js'],
    extends: [js.configs.recommended, tseslint.configs.disableTypeChecked],
  },
)
