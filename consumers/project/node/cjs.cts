// A CommonJS service on Node 20.19+: `require()` of the ESM-only catalog, typed by TypeScript 5.8+ under
// `module: nodenext`.
import catalog = require('@pc-errors/error-catalog');

const error = catalog.parseErrorResponse({
  status: 403,
  body: { code: 2006, description: "Partner isn't valid for offer", data: [], source: 'PartnerFD' },
});
console.log(
  JSON.stringify({ id: error.entry?.id, category: error.category, summary: error.entry?.remediation.summary }),
);
