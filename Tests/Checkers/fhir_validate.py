#!/usr/bin/env python3
"""Validates a Twitchless FHIR export with the fhir.resources R4B models (its default models are R5).

Usage: fhir_validate.py BUNDLE.json
Parses the whole Bundle, then every entry's resource with the model of its resourceType, and prints JSON:
{"valid": bool, "errors": [..], "counts": {resourceType: n}, "ids_match_full_urls": bool}.
Exits 0 whenever it could check (valid or not); 2 when the file can't be read.
"""
import json
import sys

from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle


def main() -> int:
    try:
        with open(sys.argv[1], encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError, IndexError) as error:
        print(f"can't read the bundle: {error}", file=sys.stderr)
        return 2
    errors = []
    try:
        Bundle.model_validate(data)
    except Exception as error:  # pydantic.ValidationError and model lookup errors
        errors.append(f"Bundle: {error}")
    counts = {}
    ids_match = True
    for index, entry in enumerate(data.get("entry", [])):
        resource = entry.get("resource", {})
        kind = resource.get("resourceType", "?")
        counts[kind] = counts.get(kind, 0) + 1
        if entry.get("fullUrl") != "urn:uuid:" + str(resource.get("id")):
            ids_match = False
        try:
            get_fhir_model_class(kind).model_validate(resource)
        except Exception as error:
            errors.append(f"entry {index} ({kind}): {error}")
    print(json.dumps({"valid": not errors, "errors": errors, "counts": counts, "ids_match_full_urls": ids_match}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
