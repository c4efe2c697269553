import { draftJsonSchema } from '@kindling/rules/json-schema';

// Generated from the library at build time, so the page shows the schema the code really has.
export default {
  load(): string {
    return JSON.stringify(draftJsonSchema(), null, 2);
  },
};
