"""The API's exchanges against its OpenAPI document: the document is valid OpenAPI 3.1, and every request body sent and
every response body received matches the schema the document gives for that operation and status. Responses are held
to the document strictly: a field the document doesn't list is a mismatch, so the document names every field sent.

Usage: python3 openapi_bodies.py OPENAPI.json EXCHANGES.json
EXCHANGES is a list of {"operation": "POST /api/v1/episodes", "status": 201, "request": {...} or null,
"response": {...} or null}. Prints {"ok": true, "checked": N} or the mismatches as JSON.
"""
import copy
import json
import sys

from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

document = json.load(open(sys.argv[1]))
exchanges = json.load(open(sys.argv[2]))
problems = []
try:
    validate(document)
except Exception as error:  # the document itself is not valid OpenAPI
    problems.append("the document is not valid OpenAPI: %s" % str(error).splitlines()[0])

def resolve(item):
    """A `$ref` to a component, followed."""
    while isinstance(item, dict) and "$ref" in item and len(item) == 1 and item["$ref"].startswith("#/components/responses/"):
        item = document["components"]["responses"][item["$ref"].rsplit("/", 1)[1]]
    return item


def closed(node):
    """A copy of a schema in which every object that lists its properties allows no others."""
    if isinstance(node, dict):
        node = {key: closed(value) for key, value in node.items()}
        types = node.get("type")
        is_object = types == "object" or (isinstance(types, list) and "object" in types)
        if is_object and "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        return node
    if isinstance(node, list):
        return [closed(value) for value in node]
    return node


strict_components = closed(copy.deepcopy(document.get("components", {})))


def check(schema, value, what, strict=False):
    # The document's components go along, so "#/components/schemas/…" resolves against them.
    root = closed(schema) if strict else dict(schema)
    root["components"] = strict_components if strict else document.get("components", {})
    validator = OAS31Validator(root)
    for error in sorted(validator.iter_errors(value), key=lambda e: list(e.path)):
        location = "/".join(str(part) for part in error.path)
        problems.append("%s at /%s: %s" % (what, location, error.message[:300]))


checked = 0
for exchange in exchanges:
    method, path = exchange["operation"].split(" ", 1)
    operation = document["paths"][path][method.lower()]
    if exchange.get("request") is not None:
        content = operation.get("requestBody", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if schema is None:
            problems.append("%s: a JSON body was sent, but the document gives it no schema" % exchange["operation"])
        else:
            check(schema, exchange["request"], "%s request" % exchange["operation"])
            checked += 1
    response = resolve(operation["responses"].get(str(exchange["status"])))
    if response is None:
        problems.append("%s answered %s, which the document doesn't list" % (exchange["operation"], exchange["status"]))
        continue
    schema = response.get("content", {}).get("application/json", {}).get("schema") \
        or response.get("content", {}).get("application/problem+json", {}).get("schema")
    if exchange.get("response") is None:
        if schema is not None and exchange["status"] != 204:
            problems.append("%s %s: no JSON body came, but the document gives one" % (exchange["operation"], exchange["status"]))
        continue
    if schema is None:
        problems.append("%s %s: a JSON body came, but the document gives it no schema" % (exchange["operation"], exchange["status"]))
        continue
    check(schema, exchange["response"], "%s %s response" % (exchange["operation"], exchange["status"]), strict=True)
    checked += 1
print(json.dumps({"ok": not problems, "checked": checked, "problems": problems[:60]}))
sys.exit(1 if problems else 0)
