"""An archive of JSONL stories through quotecheck on Spark: RDD.pipe streams each partition's
lines through one quotecheck process per task and keeps the lines it writes, in order.

quotecheck must be installed on every executor (the image of deploy/Dockerfile, or
`npm install -g quotecheck` from the project folder). --jobs 1: Spark already runs one task per
core, so each process uses one worker thread. Failed stories come out as {"id","error"} lines;
a process that exits with anything but 0 or 3 fails the task, and Spark retries it.

    spark-submit deploy/spark/quotecheck_pipe.py s3a://newsroom-archive/shards/ s3a://newsroom-archive/reports/
"""

import sys

from pyspark.sql import SparkSession

# checkCode: a task whose process fails fails (and Spark retries it); exit status 3 means
# "done, some stories are error lines", which is a task done.
QUOTECHECK = "sh -c 'quotecheck analyze --jsonl --jobs 1 --quiet; s=$?; [ $s -eq 0 ] || [ $s -eq 3 ]'"


def main(source: str, destination: str) -> None:
    spark = SparkSession.builder.appName("quotecheck-archive").getOrCreate()
    stories = spark.sparkContext.textFile(source)
    stories.pipe(QUOTECHECK, checkCode=True).saveAsTextFile(destination)
    spark.stop()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: quotecheck_pipe.py SOURCE_JSONL DESTINATION")
    main(sys.argv[1], sys.argv[2])
