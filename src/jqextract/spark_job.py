"""The file to give ``spark-submit``: ``python -m jqextract.spark`` as a script.

spark-submit runs a Python *file*, and ``jqextract/spark.py`` run as a file
cannot import its package (its imports are relative). This one imports
``jqextract`` absolutely, from whatever Python runs the driver::

    spark-submit --master yarn --archives jq-env.tar.gz#environment \\
        "$(python -c 'import jqextract.spark_job as j; print(j.__file__)')" INPUT OUTPUT

(docs/spark.md has the whole recipe.) Python puts a script's own folder first
on ``sys.path``; here that is the package folder, whose ``numbers.py`` would
then hide the standard library's ``numbers`` (which ``decimal`` imports), so
that folder is taken off the path before anything else is imported.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != HERE]

from jqextract.spark import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
