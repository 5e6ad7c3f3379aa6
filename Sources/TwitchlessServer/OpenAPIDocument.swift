/// The OpenAPI 3.1 description of /api/v1. A test checks that every route is described and answers as described.
enum OpenAPIDocument {
    /// Every operation, as "METHOD /path" with {parameters}, in the order of the document.
    static let operations = [
        "GET /api/v1/openapi.json", "GET /api/v1/today", "GET /api/v1/episodes", "POST /api/v1/episodes",
        "GET /api/v1/episodes/{id}", "DELETE /api/v1/episodes/{id}", "GET /api/v1/days/{date}", "PUT /api/v1/days/{date}",
        "GET /api/v1/notices", "GET /api/v1/tokens", "POST /api/v1/tokens", "DELETE /api/v1/tokens/{id}",
    ]

    static let json = #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "Twitchless API",
        "version": "1.0.0",
        "description": "Your own twitching log: episodes, daily check-ins, magnesium and notices. Every request but this document needs a personal API token (Settings, API tokens) sent as Authorization: Bearer TOKEN. Errors are RFC 9457 problem documents with the same plain message the command line gives. Twitchless never diagnoses."
      },
      "servers": [{"url": "/"}],
      "security": [{"bearer": []}],
      "paths": {
        "/api/v1/openapi.json": {
          "get": {"operationId": "getOpenAPI", "summary": "This document", "security": [],
                  "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}}
        },
        "/api/v1/today": {
          "get": {"operationId": "getToday", "summary": "Today: episodes, factors, magnesium and notices, most urgent first",
                  "responses": {"200": {"description": "Today", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Today"}}}},
                                "401": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/episodes": {
          "get": {"operationId": "listEpisodes", "summary": "Episodes, newest first, a page at a time",
                  "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50}},
                    {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "next_cursor from the previous page"}],
                  "responses": {"200": {"description": "A page of episodes", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EpisodePage"}}}},
                                "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
          "post": {"operationId": "createEpisode", "summary": "Log an episode (at this minute unless started_at is given)",
                   "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string", "minLength": 1, "maxLength": 200},
                                   "description": "Send the same key when retrying: the episode is logged once and the first response is repeated."}],
                   "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewEpisode"}}}},
                   "responses": {"201": {"description": "Logged", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Episode"}}}},
                                 "200": {"description": "Already in the log", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Episode"}}}},
                                 "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
                                 "409": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"},
                                 "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/episodes/{id}": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "get": {"operationId": "getEpisode", "summary": "One episode",
                  "responses": {"200": {"description": "The episode", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Episode"}}}},
                                "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}},
          "delete": {"operationId": "deleteEpisode", "summary": "Remove an episode logged by mistake",
                     "responses": {"204": {"description": "Removed"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/days/{date}": {
          "parameters": [{"name": "date", "in": "path", "required": true, "schema": {"type": "string", "format": "date"}}],
          "get": {"operationId": "getDay", "summary": "A day's check-in and factors (imported values fill gaps and are named)",
                  "responses": {"200": {"description": "The day", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Day"}}}},
                                "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
          "put": {"operationId": "checkIn", "summary": "Check in for a day with any factors (others are kept)",
                  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DayFactors"}}}},
                  "responses": {"200": {"description": "The day after the check-in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Day"}}}},
                                "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
                                "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/notices": {
          "get": {"operationId": "listNotices", "summary": "Every active notice, most urgent first: red flags, limits, medicine timing",
                  "responses": {"200": {"description": "Notices", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NoticePage"}}}},
                                "401": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/tokens": {
          "get": {"operationId": "listTokens", "summary": "Your API tokens that are not revoked",
                  "responses": {"200": {"description": "Tokens (never their secret)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TokenPage"}}}},
                                "401": {"$ref": "#/components/responses/Problem"}}},
          "post": {"operationId": "createToken", "summary": "A new API token; its secret is shown only in this response",
                   "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "additionalProperties": false,
                                   "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80}}}}}},
                   "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}}},
                                 "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
                                 "422": {"$ref": "#/components/responses/Problem"}}}
        },
        "/api/v1/tokens/{id}": {
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "delete": {"operationId": "revokeToken", "summary": "Revoke a token",
                     "responses": {"204": {"description": "Revoked"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
        }
      },
      "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "A personal API token from Settings"}},
        "responses": {
          "Problem": {"description": "A problem document (RFC 9457)", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
        },
        "schemas": {
          "Problem": {"type": "object", "required": ["type", "title", "status", "detail"],
                      "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                                     "detail": {"type": "string", "description": "What happened, in plain words"},
                                     "fix": {"type": ["string", "null"], "description": "What to do next"}}},
          "Episode": {"type": "object", "required": ["id", "started_at", "site", "kind", "intensity", "duration_seconds", "pain", "note"],
                      "properties": {"id": {"type": "string"}, "started_at": {"type": "string", "format": "date-time"},
                                     "site": {"$ref": "#/components/schemas/Site"}, "kind": {"$ref": "#/components/schemas/Kind"},
                                     "intensity": {"type": ["integer", "null"], "minimum": 1, "maximum": 10},
                                     "duration_seconds": {"type": ["integer", "null"], "minimum": 0},
                                     "pain": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                                     "note": {"type": ["string", "null"]}}},
          "NewEpisode": {"type": "object", "additionalProperties": false, "required": ["site"],
                         "properties": {"site": {"$ref": "#/components/schemas/Site"}, "kind": {"$ref": "#/components/schemas/Kind"},
                                        "started_at": {"type": "string", "format": "date-time", "description": "ISO 8601 with an offset; default now"},
                                        "intensity": {"type": ["integer", "null"], "minimum": 1, "maximum": 10},
                                        "duration_seconds": {"type": ["integer", "null"], "minimum": 0, "maximum": 86400},
                                        "pain": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                                        "note": {"type": ["string", "null"], "maxLength": 500}}},
          "Site": {"type": "string", "enum": ["eyelid_left", "eyelid_right", "face", "arm", "hand", "trunk", "thigh", "calf_left", "calf_right", "foot", "other"]},
          "Kind": {"type": "string", "enum": ["twitch", "spasm", "cramp"]},
          "EpisodePage": {"type": "object", "required": ["items", "next_cursor"],
                          "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Episode"}}, "next_cursor": {"type": ["string", "null"]}}},
          "Factors": {"type": "object", "properties": {
              "sleep_hours": {"type": ["number", "null"]}, "stress": {"type": ["number", "null"]}, "caffeine_mg": {"type": ["number", "null"]},
              "alcohol_drinks": {"type": ["number", "null"]}, "water_liters": {"type": ["number", "null"]}, "exercise_minutes": {"type": ["number", "null"]},
              "mindful_minutes": {"type": ["number", "null"]}, "processed_meals": {"type": ["number", "null"]},
              "prolonged_muscle_use": {"type": ["number", "null"], "description": "1 for yes, 0 for no"}}},
          "DayFactors": {"type": "object", "additionalProperties": false, "properties": {
              "sleep_hours": {"type": "number", "minimum": 0, "maximum": 24}, "stress": {"type": "integer", "minimum": 0, "maximum": 10},
              "caffeine_mg": {"type": "number", "minimum": 0}, "alcohol_drinks": {"type": "number", "minimum": 0},
              "water_liters": {"type": "number", "minimum": 0}, "exercise_minutes": {"type": "number", "minimum": 0},
              "mindful_minutes": {"type": "number", "minimum": 0}, "processed_meals": {"type": "integer", "minimum": 0},
              "prolonged_muscle_use": {"type": "boolean"}}},
          "Day": {"type": "object", "required": ["date", "tracked", "factors", "imported_factors"],
                  "properties": {"date": {"type": "string", "format": "date"}, "tracked": {"type": "boolean"},
                                 "factors": {"$ref": "#/components/schemas/Factors"},
                                 "imported_factors": {"type": "array", "items": {"type": "string"}}}},
          "Notice": {"type": "object", "required": ["id", "severity", "message", "fix", "source"],
                     "properties": {"id": {"type": "string"}, "severity": {"type": "string", "enum": ["info", "warning", "urgent", "emergency"]},
                                    "message": {"type": "string"}, "fix": {"type": ["string", "null"]}, "source": {"type": "string"}}},
          "NoticePage": {"type": "object", "required": ["items", "next_cursor"],
                         "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}, "next_cursor": {"type": ["string", "null"]}}},
          "Today": {"type": "object", "required": ["date", "tracked", "episodes", "factors", "magnesium", "notices"],
                    "properties": {"date": {"type": "string", "format": "date"}, "tracked": {"type": "boolean"},
                                   "episodes": {"type": "array", "items": {"$ref": "#/components/schemas/Episode"}},
                                   "factors": {"$ref": "#/components/schemas/Factors"},
                                   "magnesium": {"type": "object", "required": ["food_mg", "supplement_mg", "total_mg", "recommended_mg", "supplement_upper_limit_mg"],
                                                 "properties": {"food_mg": {"type": "number"}, "supplement_mg": {"type": "number"}, "total_mg": {"type": "number"},
                                                                "recommended_mg": {"type": ["number", "null"]}, "supplement_upper_limit_mg": {"type": ["number", "null"]}}},
                                   "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
          "Token": {"type": "object", "required": ["id", "name", "created_at", "token"],
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "created_at": {"type": "string"},
                                   "token": {"type": ["string", "null"], "description": "The secret, only when just created"}}},
          "TokenPage": {"type": "object", "required": ["items", "next_cursor"],
                        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Token"}}, "next_cursor": {"type": ["string", "null"]}}}
        }
      }
    }
    """#
}
