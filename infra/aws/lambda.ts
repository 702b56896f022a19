import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { LAMBDA_BUNDLING, PDF_FONT_FILES, REFERENTIEL_DATA } from '../definitions/bundling.ts';
import { REPO_ROOT } from './paths.ts';

export interface LambdaSizing {
  memorySize: number;
  timeout: Duration;
}

/** An HTTP handler answers within API Gateway's 30 s anyway; 10 s catches runaway calls early. */
export const HTTP_SIZING: LambdaSizing = { memorySize: 512, timeout: Duration.seconds(10) };

export interface CeriseFunctionProps {
  /** Entry file, relative to the repository root (infra/definitions/functions.ts). */
  entry: string;
  sizing: LambdaSizing;
  environment: Record<string, string>;
  description?: string;
  /** It makes documents: the PDF fonts are copied beside its bundle (bundling.ts, PDF_FONT_FILES). */
  documents?: boolean;
}

/** One Lambda of the product: same runtime, architecture, bundling and logging for all. */
export function ceriseFunction(scope: Construct, id: string, props: CeriseFunctionProps): NodejsFunction {
  // Logs carry personal data of minors: keep them a month, and delete them with the function.
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  return new NodejsFunction(scope, id, {
    entry: join(REPO_ROOT, props.entry),
    handler: 'handler',
    // Explicit: the CDK's "latest" runtime moves under our feet (STACK.md G18).
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: props.sizing.memorySize,
    timeout: props.sizing.timeout,
    description: props.description,
    logGroup,
    projectRoot: REPO_ROOT,
    depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
    environment: {
      ...props.environment,
      // Bundles ship source maps; Node only applies them to stack traces when asked.
      NODE_OPTIONS: '--enable-source-maps',
    },
    bundling: {
      // Local esbuild only: Docker is neither needed nor available where we synthesise.
      forceDockerBundling: false,
      format: OutputFormat.ESM,
      target: LAMBDA_BUNDLING.target,
      externalModules: [...LAMBDA_BUNDLING.external],
      mainFields: [...LAMBDA_BUNDLING.mainFields],
      minify: LAMBDA_BUNDLING.minify,
      sourceMap: LAMBDA_BUNDLING.sourcemap,
      sourcesContent: LAMBDA_BUNDLING.sourcesContent,
      banner: LAMBDA_BUNDLING.banner,
      // Only problems: per-file size lines would bury synth output (bench/lambda-sizes.ts reports sizes).
      logLevel: LogLevel.WARNING,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        // The référentiel files the bundle imports on demand (bundling.ts, `external`), and the PDF fonts.
        afterBundling: (inputDir: string, outputDir: string) => [
          `cp -r "${inputDir}/${REFERENTIEL_DATA.from}" "${outputDir}/${REFERENTIEL_DATA.to}"`,
          ...(props.documents
            ? [
                `mkdir -p "${outputDir}/${PDF_FONT_FILES.to}"`,
                ...PDF_FONT_FILES.files.map((file) => `cp "${inputDir}/${PDF_FONT_FILES.from}/${file}" "${outputDir}/${PDF_FONT_FILES.to}/${file}"`),
              ]
            : []),
        ],
      },
    },
  });
}
