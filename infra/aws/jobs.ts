import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { PURGE_SCHEDULE } from '../definitions/functions.ts';

export interface JobsProps {
  purge: IFunction;
}

/** The daily job (corbeille and leavers), at the time the embedded stack's timer also uses. */
export class Jobs extends Construct {
  readonly purgeRule: Rule;

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    this.purgeRule = new Rule(this, 'DailyPurge', {
      description: 'Cerise daily purge',
      // EventBridge cron expressions are in UTC, as PURGE_SCHEDULE is.
      schedule: Schedule.cron({ hour: String(PURGE_SCHEDULE.hour), minute: String(PURGE_SCHEDULE.minute) }),
      // The job is idempotent and resumable, so a retry after a failure is safe.
      targets: [new LambdaFunction(props.purge, { retryAttempts: 2 })],
    });
  }
}
