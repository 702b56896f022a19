import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Construct } from 'constructs';
import { RESULTS_STREAM } from '../definitions/streams.ts';

export interface StreamsProps {
  table: ITable;
  resultsChanged: IFunction;
}

/** The table's stream read by the results handler, filtered as the embedded stack filters it. */
export class Streams extends Construct {
  constructor(scope: Construct, id: string, props: StreamsProps) {
    super(scope, id);
    const sortKeys = [...RESULTS_STREAM.sortKeyPrefixes.flatMap((prefix) => FilterRule.beginsWith(prefix)), ...RESULTS_STREAM.sortKeyValues];
    props.resultsChanged.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: RESULTS_STREAM.batchSize,
        maxBatchingWindow: Duration.seconds(RESULTS_STREAM.maxBatchingWindowSeconds),
        retryAttempts: RESULTS_STREAM.retryAttempts,
        // A poison record is isolated instead of blocking its shard; slices are recomputed, so a retry is safe.
        bisectBatchOnError: true,
        // One batch at a time per shard keeps an evaluation's records in order.
        parallelizationFactor: 1,
        filters: [FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: sortKeys } } } })],
      }),
    );
  }
}
