"""Searches the emulator's demo training jobs through boto3, as a Python user would.

Reads the query parameters as JSON on stdin (picked by the calling test from the demo data) and
prints one JSON object: every request it sent with the ARNs and TotalHits it got back, and the
error from a request SageMaker rejects.

    echo '{"endpoint": "http://127.0.0.1:PORT", ...}' | python3 test/boto3/search_demo.py
"""

import json
import sys

import boto3
from botocore.exceptions import ClientError


def main():
    params = json.load(sys.stdin)
    client = boto3.client(
        "sagemaker",
        endpoint_url=params["endpoint"],
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    metric = params["metric"]
    hyper = params["hyperParameter"]
    teams = params["teams"]

    first_page_requests = {
        "metric": {
            "Resource": "TrainingJob",
            "SearchExpression": {
                "Filters": [
                    {
                        "Name": f"Metrics.{metric['name']}",
                        "Operator": "GreaterThanOrEqualTo",
                        "Value": str(metric["threshold"]),
                    }
                ]
            },
            "SortBy": f"Metrics.{metric['name']}",
            "SortOrder": "Descending",
            "MaxResults": 20,
        },
        "hyperParameterAndTag": {
            "Resource": "TrainingJob",
            "SearchExpression": {
                "Filters": [
                    {"Name": f"HyperParameters.{hyper['name']}", "Operator": "Equals", "Value": hyper["value"]},
                    {"Name": f"Tags.{params['tagKey']}", "Operator": "Equals", "Value": teams[0]},
                ]
            },
            "SortBy": "TrainingJobName",
            "SortOrder": "Ascending",
            "MaxResults": 50,
        },
        "timeWindow": {
            "Resource": "TrainingJob",
            "SearchExpression": {
                "Filters": [
                    {"Name": "CreationTime", "Operator": "GreaterThan", "Value": params["createdAfter"]},
                    {"Name": "CreationTime", "Operator": "LessThan", "Value": params["createdBefore"]},
                ]
            },
            "SortBy": "CreationTime",
            "SortOrder": "Ascending",
            "MaxResults": 30,
        },
        "or": {
            "Resource": "TrainingJob",
            "SearchExpression": {
                "SubExpressions": [
                    {"Filters": [{"Name": f"Tags.{params['tagKey']}", "Operator": "Equals", "Value": teams[0]}]},
                    {
                        "Filters": [
                            {"Name": f"Tags.{params['tagKey']}", "Operator": "Equals", "Value": teams[1]},
                            {
                                "Name": f"Metrics.{metric['name']}",
                                "Operator": "GreaterThanOrEqualTo",
                                "Value": str(metric["threshold"]),
                            },
                        ]
                    },
                ],
                "Operator": "Or",
            },
            "SortBy": "TrainingJobName",
            "SortOrder": "Descending",
            "MaxResults": 40,
        },
        "nested": {
            "Resource": "TrainingJob",
            "SearchExpression": {
                "NestedFilters": [
                    {
                        "NestedPropertyName": "InputDataConfig",
                        "Filters": [
                            {"Name": "InputDataConfig.ChannelName", "Operator": "Equals", "Value": params["channel"]},
                            {
                                "Name": "InputDataConfig.DataSource.S3DataSource.S3Uri",
                                "Operator": "Contains",
                                "Value": params["s3UriPart"],
                            },
                        ],
                    }
                ]
            },
            "SortBy": "TrainingJobName",
            "SortOrder": "Ascending",
            "MaxResults": 25,
        },
    }

    cases = []
    for name, request in first_page_requests.items():
        page = client.search(**request)
        cases.append(
            {
                "name": name,
                "request": request,
                "arns": [r["TrainingJob"]["TrainingJobArn"] for r in page["Results"]],
                "totalHits": page.get("TotalHits"),
                "nextToken": page.get("NextToken") is not None,
            }
        )

    # every page, through boto3's own paginator
    paged_request = {
        "Resource": "TrainingJob",
        "SearchExpression": {
            "Filters": [{"Name": f"Tags.{params['tagKey']}", "Operator": "Equals", "Value": teams[1]}]
        },
        "SortBy": "TrainingJobName",
        "SortOrder": "Ascending",
    }
    paginator = client.get_paginator("search")
    arns = []
    pages = 0
    for page in paginator.paginate(**paged_request, PaginationConfig={"PageSize": 25}):
        pages += 1
        arns.extend(r["TrainingJob"]["TrainingJobArn"] for r in page["Results"])
    paginated = {"request": paged_request, "pageSize": 25, "pages": pages, "arns": arns}

    bad = {
        "Resource": "TrainingJob",
        "SearchExpression": {
            "Filters": [
                {"Name": "TrainingJobName", "Operator": "Contains", "Value": "a"},
                {"Name": "AlgorithmSpecification.TrainingImage", "Operator": "Contains", "Value": "b"},
            ]
        },
    }
    try:
        client.search(**bad)
        error = None
    except ClientError as e:
        error = {
            "code": e.response["Error"]["Code"],
            "message": e.response["Error"]["Message"],
            "status": e.response["ResponseMetadata"]["HTTPStatusCode"],
        }

    json.dump({"cases": cases, "paginated": paginated, "error": error}, sys.stdout)


if __name__ == "__main__":
    main()
