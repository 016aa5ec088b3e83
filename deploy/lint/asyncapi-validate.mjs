// Validates docs/events/asyncapi.yaml with the AsyncAPI parser: the document's structure and its $refs to the JSON
// Schemas. Exit 1 on any error (run by deploy/local/test.sh). The examples in it are checked against the schemas by
// the warehouse loader's DocumentedExamplesTest.
import { Parser, fromFile } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const errors = diagnostics.filter(d => d.severity === 0);
const warnings = diagnostics.filter(d => d.severity === 1);
for (const d of [...errors, ...warnings].slice(0, 40)) {
  console.log(`${d.severity === 0 ? 'error' : 'warning'} ${d.code} ${d.message} at ${JSON.stringify(d.path)}`);
}
console.log(`${file}: ${document ? document.allMessages().length : 0} messages, ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length === 0 && document ? 0 : 1);
