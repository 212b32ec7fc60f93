export const SCHEMAS_FILE: string;
export const RESPONSE_TYPES: string[];
export function contractSchemas(): Record<string, object>;
export function renderSchemasModule(): Promise<string>;
