/** Type of the ajv standalone validator generated from preset.schema.json. */
export interface GeneratedAjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}
declare const validate: ((data: unknown) => boolean) & { errors?: GeneratedAjvError[] | null };
export default validate;
export { validate };
