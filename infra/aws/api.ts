import { Fn } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, HttpNoneAuthorizer, HttpRoute, HttpRouteKey, HttpStage, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { HTTP_FUNCTIONS, ROUTES, type HttpFunction, type RouteDef } from '../../shared/api/routes.ts';

/**
 * Stage-wide ceiling, far above a school's real use, that stops a runaway client or a flood from
 * running up the bill. Login attempts have their own, per-account throttle in the app.
 */
export const API_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

export interface ApiProps {
  functions: Record<HttpFunction, IFunction>;
  /** Issuer and audience of the ID tokens the authorizer accepts. */
  issuer: string;
  audience: string;
}

/**
 * The HTTP API: one route per entry of the route table, each on its module's function. There is
 * no CORS configuration: the browser reaches the API on the app's own origin through CloudFront.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new HttpApi(this, 'HttpApi', { createDefaultStage: false });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
    });

    // API Gateway rejects missing, expired or foreign tokens before any Lambda runs; the
    // handlers then read the verified claims (functions/services/ports/claims.ts).
    const jwt = new HttpJwtAuthorizer('CognitoJwt', props.issuer, { jwtAudience: [props.audience] });
    const open = new HttpNoneAuthorizer();
    const integrations = Object.fromEntries(
      HTTP_FUNCTIONS.map((name) => [name, new HttpLambdaIntegration(`${name}-integration`, props.functions[name])]),
    ) as Record<HttpFunction, HttpLambdaIntegration>;

    for (const route of ROUTES as readonly RouteDef[]) {
      const authorizer: IHttpRouteAuthorizer = route.access.kind === 'public' ? open : jwt;
      new HttpRoute(this, `Route-${route.id}`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: integrations[route.function],
        authorizer,
      });
    }
  }

  /** Host name of the API (`<id>.execute-api.<region>.amazonaws.com`), for CloudFront's origin. */
  get domainName(): string {
    // apiEndpoint is a deploy-time value (`https://<host>`): split it in CloudFormation.
    return Fn.select(2, Fn.split('/', this.httpApi.apiEndpoint));
  }
}
