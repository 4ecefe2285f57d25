"""Play the annotation team against a running Label Studio, through its SDK.

Run by tests/test_labelstudio.py with Label Studio's own interpreter (the
``.venv-ls`` virtual environment), because Label Studio and its SDK pin
versions (numpy, pyarrow, …) that clash with jqextract's test environment.

    python labelstudio_driver.py URL TOKEN CONFIG.xml TASKS.json EXPORT.json

creates a project with the labelling configuration, imports the tasks (their
predictions are jqextract's facts), submits every task's prediction as its
annotation, as an annotator who accepts everything would, and writes the
project's JSON export. It prints one JSON line: the project id and the counts.
"""

import json
import sys
from pathlib import Path

from label_studio_sdk import LabelStudio


def main(url: str, token: str, config: str, tasks: str, export: str) -> None:
    ls = LabelStudio(base_url=url, api_key=token)
    project = ls.projects.create(title="jqextract round trip", label_config=Path(config).read_text(encoding="utf-8"))
    ls.projects.import_tasks(id=project.id, request=json.loads(Path(tasks).read_text(encoding="utf-8")))
    n_tasks = n_regions = 0
    for task in ls.tasks.list(project=project.id):
        predictions = list(ls.predictions.list(task=task.id))
        assert len(predictions) == 1, f"task {task.id} has {len(predictions)} predictions"
        p = predictions[0]
        ls.annotations.create(id=task.id, result=p.result, parent_prediction=p.id, lead_time=1.0)
        n_tasks += 1
        n_regions += len(p.result)
    data = b"".join(ls.projects.exports.download_sync(id=project.id, export_type="JSON", download_all_tasks=True))
    Path(export).write_bytes(data)
    print(json.dumps({"project": project.id, "tasks": n_tasks, "results": n_regions}))


if __name__ == "__main__":
    main(*sys.argv[1:])
