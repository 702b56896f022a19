import type { Template } from 'aws-cdk-lib/assertions';

/** Small readers over a synthesised template, so that assertions read as sentences. */

export interface CfnResource {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  DependsOn?: string[];
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

export function resources(template: Template, type: string): Record<string, CfnResource> {
  return template.findResources(type) as Record<string, CfnResource>;
}

export function resource(template: Template, logicalId: string): CfnResource {
  const found = (template.toJSON() as { Resources: Record<string, CfnResource> }).Resources[logicalId];
  if (!found) throw new Error(`No resource ${logicalId}`);
  return found;
}

/** The logical id an output refers to (`{ Ref: id }`). */
export function outputRef(template: Template, output: string): string {
  const outputs = template.findOutputs(output) as Record<string, { Value: { Ref?: string } }>;
  const ref = outputs[output]?.Value.Ref;
  if (!ref) throw new Error(`Output ${output} is not a Ref`);
  return ref;
}

/** Our Lambdas carry the description `Cerise <name>` (infra/aws/backend.ts). */
export function functionId(template: Template, name: string): string {
  const matches = Object.entries(resources(template, 'AWS::Lambda::Function')).filter(([, fn]) => fn.Properties.Description === `Cerise ${name}`);
  if (matches.length !== 1) throw new Error(`Expected one function ${name}, found ${matches.length}`);
  return matches[0]![0];
}

/** Every Lambda that is ours, not a CDK helper (bucket notifications, deployment: Python). */
export function ownFunctions(template: Template): Record<string, CfnResource> {
  return Object.fromEntries(
    Object.entries(resources(template, 'AWS::Lambda::Function')).filter(
      ([, fn]) => typeof fn.Properties.Description === 'string' && fn.Properties.Description.startsWith('Cerise '),
    ),
  );
}

/** Every statement of every IAM policy attached to the function's role. */
export function statementsOf(template: Template, functionName: string): Statement[] {
  const fn = resource(template, functionId(template, functionName));
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  return Object.values(resources(template, 'AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

export function actionsOf(statement: Statement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

export function allStatements(template: Template): Statement[] {
  return Object.values(resources(template, 'AWS::IAM::Policy')).flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}
