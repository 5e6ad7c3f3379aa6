import TwitchlessCore

/// The OpenAPI 3.1 description of /api/v1. A test checks that every route is described and answers as described.
enum OpenAPIDocument {
    /// Every operation, as "METHOD /path" with {parameters}, in the order of the document.
    static let operations = [
        "GET /api/v1/openapi.json", "GET /api/v1/today", "GET /api/v1/episodes", "POST /api/v1/episodes",
        "GET /api/v1/episodes/{id}", "PATCH /api/v1/episodes/{id}", "DELETE /api/v1/episodes/{id}", "GET /api/v1/days/{date}",
        "PUT /api/v1/days/{date}", "DELETE /api/v1/days/{date}", "POST /api/v1/trial/stop",
        "GET /api/v1/notices", "GET /api/v1/tokens", "POST /api/v1/tokens", "DELETE /api/v1/tokens/{id}", "POST /api/v1/imports/apple-health",
        "GET /api/v1/history", "GET /api/v1/foods", "POST /api/v1/food-intakes", "POST /api/v1/supplement-intakes", "GET /api/v1/symptoms",
        "POST /api/v1/symptoms",
        "DELETE /api/v1/symptoms/{id}",
        "GET /api/v1/products", "POST /api/v1/products", "GET /api/v1/products/{id}", "GET /api/v1/magnesium/forms", "GET /api/v1/magnesium/schedule",
        "GET /api/v1/medicines", "POST /api/v1/medicines", "DELETE /api/v1/medicines/{name}", "POST /api/v1/notices/{id}/acknowledge",
        "GET /api/v1/analysis/triggers", "POST /api/v1/trial/design", "POST /api/v1/trial", "GET /api/v1/trial", "GET /api/v1/trial/report",
        "GET /api/v1/profile", "PUT /api/v1/profile", "GET /api/v1/report",
    ]

    /// The day factors as the API shows them: one property per factor, a number or null (yes is 1).
    static let factorsSchema: String = {
        let properties = DayFactor.allCases.map { factor in
            "\"\(factor.column)\": {\"type\": [\"number\", \"null\"]\(factor.isYesNo ? ", \"description\": \"1 for yes, 0 for no\"" : "")}"
        }
        return "{\"type\": \"object\", \"properties\": {\(properties.joined(separator: ", "))}}"
    }()

    /// The day factors as a check-in sends them: yes/no as a boolean, the others within their ranges.
    static let checkInSchema: String = {
        let properties = DayFactor.allCases.map { factor -> String in
            guard let range = factor.range else { return "\"\(factor.column)\": {\"type\": [\"boolean\", \"null\"]}" }
            let type = factor.isWholeNumber ? "integer" : "number"
            return
                "\"\(factor.column)\": {\"type\": [\"\(type)\", \"null\"], \"minimum\": \(DecimalText.exact(range.lowerBound)), \"maximum\": \(DecimalText.exact(range.upperBound))}"
        }
        return "{\"type\": \"object\", \"additionalProperties\": false, \"properties\": {\(properties.joined(separator: ", "))}}"
    }()

    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Twitchless API",
            "version": "1.0.0",
            "description": "Your own twitching log: episodes, daily check-ins, magnesium and notices. Every request but this document needs a personal API token (Settings, API tokens) sent as Authorization: Bearer TOKEN. Errors are RFC 9457 problem documents with the same plain message the command line gives. Every POST accepts an Idempotency-Key header: a retry with the same key and body gets the first answer again and changes nothing; the same key with another body is refused with 409. Lists are paged with next_cursor. Twitchless never diagnoses."
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
              "patch": {"operationId": "editEpisode", "summary": "Correct an episode: fields sent change, fields left out stay, null clears a detail",
                        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EpisodeChanges"}}}},
                        "responses": {"200": {"description": "The episode as saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Episode"}}}},
                                      "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"},
                                      "409": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
              "delete": {"operationId": "deleteEpisode", "summary": "Remove an episode logged by mistake",
                         "responses": {"204": {"description": "Removed"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/days/{date}": {
              "parameters": [{"name": "date", "in": "path", "required": true, "schema": {"type": "string", "format": "date"}}],
              "get": {"operationId": "getDay", "summary": "A day's check-in and factors (imported values fill gaps and are named)",
                      "responses": {"200": {"description": "The day", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Day"}}}},
                                    "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
              "delete": {"operationId": "removeCheckIn", "summary": "Remove a day's check-in and factors; its episodes, foods and supplements stay",
                         "responses": {"204": {"description": "Removed"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
              "put": {"operationId": "checkIn", "summary": "Check in for a day with any factors (others are kept; null clears one)",
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
            "/api/v1/history": {
              "get": {"operationId": "getHistory", "summary": "Recent days, oldest first: episodes (null on a day not checked in), factors and magnesium",
                      "parameters": [{"name": "days", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 3660, "default": 30}}],
                      "responses": {"200": {"description": "History", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/History"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/foods": {
              "get": {"operationId": "searchFoods", "summary": "Foods in the USDA table matching words, with magnesium per 100 g and portions",
                      "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 100}}],
                      "responses": {"200": {"description": "Matching foods, best first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FoodPage"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/food-intakes": {
              "post": {"operationId": "logFood", "summary": "Log a food by its USDA number (food_id) or the best match for words (query), with an amount",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewFoodIntake"}}}},
                       "responses": {"201": {"description": "Logged", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FoodIntake"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/supplement-intakes": {
              "post": {"operationId": "logSupplement", "summary": "Log servings of one of your products; notices it raises (timing, upper limit, red flags) come back most urgent first",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewSupplementIntake"}}}},
                       "responses": {"201": {"description": "Logged", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SupplementIntake"}}}}, "200": {"description": "Already in the log", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SupplementIntake"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/symptoms": {
              "get": {"operationId": "listSymptoms", "summary": "Symptoms you logged in the last days (default 90), newest first, with their ids",
                      "parameters": [{"name": "days", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 3660}}],
                      "responses": {"200": {"description": "Symptoms", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoggedSymptomPage"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}},
              "post": {"operationId": "logSymptom", "summary": "Log a symptom from the vocabulary (symptoms.csv); red flags it raises come back, emergencies first",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewSymptom"}}}},
                       "responses": {"201": {"description": "Logged", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Symptom"}}}}, "200": {"description": "Already in the log", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Symptom"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/symptoms/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "delete": {"operationId": "removeSymptom", "summary": "Remove a symptom logged by mistake; its red flag goes with it",
                         "responses": {"200": {"description": "Removed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RemovedSymptom"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/products": {
              "get": {"operationId": "listProducts", "summary": "Your magnesium products",
                      "responses": {"200": {"description": "Products", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProductPage"}}}}, "401": {"$ref": "#/components/responses/Problem"}}},
              "post": {"operationId": "createProduct", "summary": "Add a product from its label: elemental_mg, or compound_mg with its form",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewProduct"}}}},
                       "responses": {"201": {"description": "Added, with the arithmetic", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewProductResult"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/products/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "get": {"operationId": "getProduct", "summary": "One of your products",
                      "responses": {"200": {"description": "The product", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Product"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/magnesium/forms": {
              "get": {"operationId": "listMagnesiumForms", "summary": "Magnesium forms with their elemental share and what the sources say",
                      "responses": {"200": {"description": "Forms", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FormPage"}}}}, "401": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/magnesium/schedule": {
              "get": {"operationId": "getMagnesiumSchedule", "summary": "Times of a day when magnesium keeps clear of your medicines, or the notice saying why none are planned",
                      "parameters": [{"name": "date", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Default today"}],
                      "responses": {"200": {"description": "The day's plan", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Schedule"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/medicines": {
              "get": {"operationId": "listMedicines", "summary": "Your medicines and what the sources say about them and magnesium",
                      "responses": {"200": {"description": "Medicines", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MedicinePage"}}}}, "401": {"$ref": "#/components/responses/Problem"}}},
              "post": {"operationId": "saveMedicine", "summary": "Add a medicine by its generic name with its schedule (the same name again replaces it)",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewMedicine"}}}},
                       "responses": {"201": {"description": "Saved, with advice", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SavedMedicine"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/medicines/{name}": {
              "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
              "delete": {"operationId": "removeMedicine", "summary": "Remove a medicine you no longer take",
                         "responses": {"204": {"description": "Removed"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/notices/{id}/acknowledge": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "A red flag's id, like RF03_twitch_weak_stiff"}],
              "post": {"operationId": "acknowledgeRedFlag", "summary": "I talked to my doctor about this: the red flag returns only for a new sign",
                       "responses": {"200": {"description": "Noted", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Acknowledged"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/analysis/triggers": {
              "get": {"operationId": "analyzeTriggers", "summary": "Which day factors go with more episodes: rate ratios with 95% intervals, or why there isn't enough data",
                      "parameters": [{"name": "lags", "in": "query", "schema": {"type": "boolean"}}, {"name": "day_of_week", "in": "query", "schema": {"type": "boolean"}}],
                      "responses": {"200": {"description": "The analysis", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Analysis"}}}}, "401": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/trial/design": {
              "post": {"operationId": "designTrial", "summary": "A proposed trial after the safety checks; nothing is stored",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TrialRequest"}}}},
                       "responses": {"200": {"description": "The proposed design", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Trial"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/trial": {
              "get": {"operationId": "getTrial", "summary": "The current trial with today's arm and what to take",
                      "responses": {"200": {"description": "The trial", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Trial"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}},
              "post": {"operationId": "startTrial", "summary": "Start a trial: the order within each block is drawn at random and stored",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TrialRequest"}}}},
                       "responses": {"201": {"description": "Started", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Trial"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/trial/stop": {
              "post": {"operationId": "stopTrial", "summary": "Stop the current trial before its planned end, with a reason the report states (there is no pause)",
                       "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TrialStop"}}}},
                       "responses": {"200": {"description": "Stopped", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Trial"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/trial/report": {
              "get": {"operationId": "getTrialReport", "summary": "What the trial shows so far (interim while it runs)",
                      "responses": {"200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TrialReport"}}}}, "401": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/profile": {
              "get": {"operationId": "getProfile", "summary": "Your profile and the reference values it gives",
                      "responses": {"200": {"description": "The profile", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}}}, "401": {"$ref": "#/components/responses/Problem"}}},
              "put": {"operationId": "updateProfile", "summary": "Change any profile fields (others are kept), checked as the command line checks them",
                      "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProfileUpdate"}}}},
                      "responses": {"200": {"description": "The profile after the change", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}}}, "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
            },
            "/api/v1/report": {
              "get": {"operationId": "downloadReport", "summary": "The doctor report for a period, as one HTML file to download",
                      "parameters": [{"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Default 89 days before to"},
                                     {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Default today"}],
                      "responses": {"200": {"description": "The report (Content-Disposition: attachment)", "content": {"text/html": {"schema": {"type": "string"}}}},
                                    "401": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
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
            "/api/v1/imports/apple-health": {
              "post": {"operationId": "importAppleHealth", "summary": "Import an Apple Health export (the export.zip or its export.xml as the body); all or nothing, and importing it again adds nothing",
                       "parameters": [{"name": "magnesium_from", "in": "query", "schema": {"type": "string", "enum": ["food", "supplement"]},
                                       "description": "Where the export's magnesium came from; asked once and remembered. Without an answer, magnesium is left out."}],
                       "requestBody": {"required": true, "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}},
                                                                     "application/xml": {"schema": {"type": "string", "format": "binary"}}}},
                       "responses": {"200": {"description": "What came in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportOutcome"}}}},
                                     "400": {"$ref": "#/components/responses/Problem"}, "401": {"$ref": "#/components/responses/Problem"},
                                     "413": {"$ref": "#/components/responses/Problem"}, "422": {"$ref": "#/components/responses/Problem"}}}
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
                          "properties": {"type": {"type": "string", "format": "uri-reference", "description": "A page on this server that explains the kind of problem, like /problems/invalid-input"}, "title": {"type": "string"}, "status": {"type": "integer"},
                                         "detail": {"type": "string", "description": "What happened, in plain words"},
                                         "fix": {"type": ["string", "null"], "description": "What to do next"},
                                         "next_step": {"$ref": "#/components/schemas/NextStep"}}},
              "NextStep": {"type": "object", "required": ["action"], "additionalProperties": false,
                           "description": "What to do next, as a structured step: the action and what it applies to",
                           "properties": {"action": {"type": "string", "enum": ["mark_talked_to_doctor", "mark_got_help", "see_notices", "edit_profile", "see_magnesium_forms",
                                                                                  "see_magnesium_foods", "see_magnesium_schedule", "add_product", "see_products", "add_medicine",
                                                                                  "see_medicines", "search_foods", "see_day", "check_in", "see_symptoms", "design_trial",
                                                                                  "see_trial_report", "import_skipping_unknown_units", "import_replacing", "choose_database",
                                                                                  "give", "remove_episode", "remove_supplement_intake"]},
                                          "red_flag": {"type": "string", "description": "The red flag to mark (POST /api/v1/notices/{id}/acknowledge)"},
                                          "field": {"type": "string", "description": "The profile field to edit, or the input field to give"},
                                          "query": {"type": "string"}, "date": {"type": "string", "format": "date"}, "example": {"type": "string"},
                                          "site": {"type": "string"}, "kind": {"type": "string"}, "at": {"type": "string"}, "product": {"type": "string"}}},
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
                                            "duration_seconds": {"type": ["integer", "null"], "minimum": 0, "maximum": 604800},
                                            "pain": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                                            "note": {"type": ["string", "null"], "maxLength": 1000}}},
              "EpisodeChanges": {"type": "object", "additionalProperties": false,
                                 "properties": {"site": {"$ref": "#/components/schemas/Site"}, "kind": {"$ref": "#/components/schemas/Kind"},
                                                "started_at": {"type": "string", "description": "When it started: ISO 8601, or as typed (21:15, yesterday 21:15)"},
                                                "ended_at": {"type": "string", "description": "When it stopped (now, 21:17): sets duration_seconds from the start"},
                                                "intensity": {"type": ["integer", "null"], "minimum": 1, "maximum": 10},
                                                "duration_seconds": {"type": ["integer", "null"], "minimum": 0, "maximum": 604800},
                                                "pain": {"type": ["integer", "null"], "minimum": 0, "maximum": 10},
                                                "note": {"type": ["string", "null"], "maxLength": 1000}}},
              "Site": {"type": "string", "enum": ["eyelid_left", "eyelid_right", "face", "arm", "hand", "trunk", "thigh", "calf_left", "calf_right", "foot", "other"]},
              "Kind": {"type": "string", "enum": ["twitch", "spasm", "cramp"]},
              "EpisodePage": {"type": "object", "required": ["items", "next_cursor"],
                              "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Episode"}}, "next_cursor": {"type": ["string", "null"]}}},
              "Factors": \#(factorsSchema),
              "DayFactors": \#(checkInSchema),
              "Day": {"type": "object", "required": ["date", "tracked", "factors", "imported_factors"],
                      "properties": {"date": {"type": "string", "format": "date"}, "tracked": {"type": "boolean"},
                                     "factors": {"$ref": "#/components/schemas/Factors"},
                                     "imported_factors": {"type": "array", "items": {"type": "string"}}}},
              "Notice": {"type": "object", "required": ["id", "severity", "message", "fix", "next_step", "source"],
                         "properties": {"id": {"type": "string"}, "severity": {"type": "string", "enum": ["info", "warning", "urgent", "emergency"]},
                                        "message": {"type": "string"}, "fix": {"type": ["string", "null"]},
                                        "next_step": {"oneOf": [{"$ref": "#/components/schemas/NextStep"}, {"type": "null"}], "description": "What to do next, as a structured step"},
                                        "source": {"type": "string"},
                                        "emergency_number": {"type": "string", "description": "The person's emergency number, when the message says to call it (for a tel: link)"}}},
              "NoticePage": {"type": "object", "required": ["items", "next_cursor"],
                             "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}, "next_cursor": {"type": ["string", "null"]}}},
              "Today": {"type": "object", "required": ["date", "tracked", "episodes", "episode_list", "factors", "imported_factors", "foods", "supplements", "magnesium", "notices"],
                        "properties": {"date": {"type": "string", "format": "date"}, "tracked": {"type": "boolean"},
                                       "episodes": {"type": "integer", "description": "How many episodes the day has, as the history counts them"},
                                       "episode_list": {"type": "array", "items": {"$ref": "#/components/schemas/Episode"}, "description": "The day's episodes with their ids, earliest first"},
                                       "factors": {"$ref": "#/components/schemas/Factors"},
                                       "imported_factors": {"type": "array", "items": {"type": "string"}, "description": "Factors whose values came from Apple Health"},
                                       "foods": {"type": "array", "items": {"type": "object", "required": ["eaten_at", "food_id", "description", "grams", "portion", "magnesium_mg"],
                                                 "properties": {"eaten_at": {"type": "string", "format": "date-time"}, "food_id": {"type": "string"}, "description": {"type": "string"},
                                                                "grams": {"type": "number"}, "portion": {"type": "string"}, "magnesium_mg": {"type": ["number", "null"]}}}},
                                       "supplements": {"type": "array", "items": {"type": "object", "required": ["taken_at", "product", "kind", "servings", "elemental_mg"],
                                                       "properties": {"taken_at": {"type": "string", "format": "date-time"}, "product": {"type": "string"},
                                                                      "kind": {"type": "string", "enum": ["supplement", "medicine"]}, "servings": {"type": "number"}, "elemental_mg": {"type": "number"}}}},
                                       "magnesium": {"$ref": "#/components/schemas/Magnesium"},
                                       "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
              "Magnesium": {"type": "object",
                            "required": ["food_mg", "supplement_mg", "supplement_mg_range", "total_mg", "total_mg_range", "foods_without_value", "percent_of_recommended",
                                         "life_stage", "recommended_kind", "recommended_mg", "recommended_mg_range", "recommended_sources", "supplement_upper_limit_mg",
                                         "supplement_upper_limit_body", "supplement_upper_limit_applies_to", "supplement_upper_limit_source", "over_supplement_upper_limit"],
                            "properties": {"food_mg": {"type": "number"}, "supplement_mg": {"type": "number"},
                                           "supplement_mg_range": {"type": ["array", "null"], "items": {"type": "number"}, "description": "Low and high when a product's hydration state is unknown"},
                                           "total_mg": {"type": "number"}, "total_mg_range": {"type": ["array", "null"], "items": {"type": "number"}},
                                           "foods_without_value": {"type": "integer"}, "percent_of_recommended": {"type": ["number", "null"]},
                                           "life_stage": {"type": ["string", "null"]}, "recommended_kind": {"type": ["string", "null"], "enum": ["RDA", "AI", null]},
                                           "recommended_mg": {"type": ["number", "null"], "description": "The higher value when the sex isn't set"},
                                           "recommended_mg_range": {"type": ["array", "null"], "items": {"type": "number"}, "description": "Both values when the sex isn't set"},
                                           "recommended_sources": {"type": "array", "items": {"type": "string"}},
                                           "supplement_upper_limit_mg": {"type": ["number", "null"], "description": "null when none is established"},
                                           "supplement_upper_limit_body": {"type": "string"}, "supplement_upper_limit_applies_to": {"type": ["string", "null"]},
                                           "supplement_upper_limit_source": {"type": ["string", "null"]}, "over_supplement_upper_limit": {"type": "boolean"}}},
              "History": {"type": "object", "required": ["from", "to", "recommended_mg", "supplement_upper_limit_mg", "days"],
                          "properties": {"from": {"type": "string", "format": "date"}, "to": {"type": "string", "format": "date"},
                                         "recommended_mg": {"type": ["number", "null"]}, "supplement_upper_limit_mg": {"type": ["number", "null"]},
                                         "days": {"type": "array", "items": {"$ref": "#/components/schemas/HistoryDay"}}}},
              "HistoryDay": {"type": "object", "required": ["date", "tracked", "episodes", "factors", "magnesium_food_mg", "magnesium_supplement_mg"],
                             "properties": {"date": {"type": "string", "format": "date"}, "tracked": {"type": "boolean"},
                                            "episodes": {"type": ["integer", "null"], "description": "null on a day not checked in with nothing logged: unknown, not zero"},
                                            "factors": {"$ref": "#/components/schemas/Factors"}, "magnesium_food_mg": {"type": ["number", "null"]}, "magnesium_supplement_mg": {"type": ["number", "null"]}}},
              "Food": {"type": "object", "required": ["id", "description", "food_group", "magnesium_mg_per_100g", "portions"],
                       "properties": {"id": {"type": "string", "description": "USDA SR28 NDB number"}, "description": {"type": "string"}, "food_group": {"type": "string"},
                                      "magnesium_mg_per_100g": {"type": ["number", "null"]}, "portions": {"type": "array", "items": {"type": "string"}}}},
              "FoodPage": {"type": "object", "required": ["items", "next_cursor"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Food"}}, "next_cursor": {"type": ["string", "null"]}}},
              "NewFoodIntake": {"type": "object", "additionalProperties": false, "required": ["amount"],
                                "properties": {"food_id": {"type": "string"}, "query": {"type": "string", "description": "Words; the best match is used when food_id is absent"},
                                               "amount": {"type": "string", "description": "Grams or a portion: 30 g, 1 cup, 1/2 cup, 2 tbsp"},
                                               "eaten_at": {"type": "string", "description": "ISO 8601 or 21:00 or yesterday 21:00; default now"}}},
              "FoodIntake": {"type": "object", "required": ["food_id", "description", "eaten_at", "grams", "portion", "magnesium_mg", "message", "alternatives"],
                             "properties": {"food_id": {"type": "string"}, "description": {"type": "string"}, "eaten_at": {"type": "string", "format": "date-time"},
                                            "grams": {"type": "number"}, "portion": {"type": "string"}, "magnesium_mg": {"type": ["number", "null"]}, "message": {"type": "string"},
                                            "alternatives": {"type": "array", "items": {"type": "string"}, "description": "Other matching food ids"}}},
              "NewSupplementIntake": {"type": "object", "additionalProperties": false, "required": ["product_id"],
                                      "properties": {"product_id": {"type": "string"}, "servings": {"type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 1},
                                                     "taken_at": {"type": "string", "description": "ISO 8601 or 21:00; default now"}}},
              "SupplementIntake": {"type": "object", "required": ["product", "taken_at", "servings", "elemental_mg", "elemental_mg_low", "added", "message", "notices"],
                                   "properties": {"product": {"type": "string"}, "taken_at": {"type": "string", "format": "date-time"}, "servings": {"type": "number"},
                                                  "elemental_mg": {"type": "number"}, "elemental_mg_low": {"type": ["number", "null"]}, "added": {"type": "boolean"},
                                                  "message": {"type": "string"}, "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
              "NewSymptom": {"type": "object", "additionalProperties": false, "required": ["symptom"],
                             "properties": {"symptom": {"type": "string", "description": "A key of symptoms.csv, like muscle_weakness"},
                                            "at": {"type": "string"}, "note": {"type": "string", "maxLength": 1000}}},
              "LoggedSymptom": {"type": "object", "required": ["id", "symptom", "label", "at", "note"],
                                "properties": {"id": {"type": "string"}, "symptom": {"type": "string"}, "label": {"type": "string"},
                                               "at": {"type": "string", "format": "date-time"}, "note": {"type": ["string", "null"]}}},
              "LoggedSymptomPage": {"type": "object", "required": ["items", "next_cursor"],
                                    "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/LoggedSymptom"}}, "next_cursor": {"type": ["string", "null"]}}},
              "RemovedSymptom": {"type": "object", "required": ["removed", "message", "cleared_red_flags"],
                                 "properties": {"removed": {"type": "array", "items": {"$ref": "#/components/schemas/LoggedSymptom"}}, "message": {"type": "string"},
                                                "cleared_red_flags": {"type": "array", "items": {"type": "string"}}}},
              "Symptom": {"type": "object", "required": ["symptom", "at", "note", "added", "message", "notices"],
                          "properties": {"symptom": {"type": "string"}, "at": {"type": "string", "format": "date-time"}, "note": {"type": ["string", "null"]},
                                         "added": {"type": "boolean"}, "message": {"type": "string"}, "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
              "Product": {"type": "object", "required": ["id", "name", "kind", "serving_unit", "elemental_mg_per_serving", "elemental_mg_per_serving_low", "form", "compound_mg_per_serving", "basis"],
                          "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string", "enum": ["supplement", "medicine"]},
                                         "serving_unit": {"type": "string"}, "elemental_mg_per_serving": {"type": "number"}, "elemental_mg_per_serving_low": {"type": ["number", "null"]},
                                         "form": {"type": ["string", "null"]}, "compound_mg_per_serving": {"type": ["number", "null"]}, "basis": {"type": "string", "enum": ["label", "form", "form_range"]}}},
              "ProductPage": {"type": "object", "required": ["items", "next_cursor"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Product"}}, "next_cursor": {"type": ["string", "null"]}}},
              "NewProduct": {"type": "object", "additionalProperties": false, "required": ["name"],
                             "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 100}, "elemental_mg": {"type": "number", "exclusiveMinimum": 0},
                                            "compound_mg": {"type": "number", "exclusiveMinimum": 0}, "form": {"type": "string"},
                                            "hydration_unknown": {"type": "boolean"}, "serving_unit": {"type": "string", "default": "serving"},
                                            "kind": {"type": "string", "enum": ["supplement", "medicine"]}}},
              "NewProductResult": {"type": "object", "required": ["product", "explanation", "notices"],
                                   "properties": {"product": {"$ref": "#/components/schemas/Product"}, "explanation": {"type": "array", "items": {"type": "string"}}, "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
              "Form": {"type": "object", "required": ["id", "name", "formula", "hydration_state", "elemental_fraction", "elemental_percent", "absorption", "absorption_source", "gut_effects", "gut_effects_source", "notes", "source"],
                       "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "formula": {"type": "string"}, "hydration_state": {"type": "string"},
                                      "elemental_fraction": {"type": "number"}, "elemental_percent": {"type": "number"}, "absorption": {"type": "string"}, "absorption_source": {"type": "string"},
                                      "gut_effects": {"type": "string"}, "gut_effects_source": {"type": "string"},
                                      "notes": {"type": "string"}, "source": {"type": "string"}}},
              "FormPage": {"type": "object", "required": ["items", "next_cursor"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Form"}}, "next_cursor": {"type": ["string", "null"]}}},
              "Schedule": {"type": "object", "required": ["date", "free", "suggestion", "doses", "refused"],
                           "properties": {"date": {"type": "string", "format": "date"},
                                          "free": {"type": "array", "items": {"type": "object", "required": ["from", "to"], "properties": {"from": {"type": "string"}, "to": {"type": "string"}}}},
                                          "suggestion": {"type": ["string", "null"]},
                                          "doses": {"type": "array", "items": {"type": "object", "required": ["medicine", "at"], "properties": {"medicine": {"type": "string"}, "at": {"type": "string", "format": "date-time"}}}},
                                          "refused": {"oneOf": [{"$ref": "#/components/schemas/Notice"}, {"type": "null"}], "description": "Why no times are planned"}}},
              "Medicine": {"type": "object", "required": ["name", "schedule", "start_date", "end_date", "in_effect", "known", "rules", "with_magnesium"],
                           "properties": {"name": {"type": "string"}, "schedule": {"type": "string"}, "start_date": {"type": ["string", "null"]}, "end_date": {"type": ["string", "null"]},
                                          "in_effect": {"type": "boolean"}, "known": {"type": "boolean"},
                                          "rules": {"type": "array", "items": {"type": "string"}, "description": "Ids of the interaction rules it matched"},
                                          "with_magnesium": {"type": ["string", "null"]}}},
              "MedicinePage": {"type": "object", "required": ["items", "next_cursor"], "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Medicine"}}, "next_cursor": {"type": ["string", "null"]}}},
              "NewMedicine": {"type": "object", "additionalProperties": false, "required": ["name", "schedule"],
                              "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 100},
                                             "schedule": {"type": "string", "description": "07:00, 08:00,20:00, weekly monday 06:30 or monthly 1 07:00"},
                                             "start_date": {"type": "string", "format": "date"}, "end_date": {"type": "string", "format": "date"},
                                             "product": {"type": "string", "description": "Only when a problem document asks which product"}}},
              "SavedMedicine": {"type": "object", "required": ["medicine", "notices"],
                                "properties": {"medicine": {"$ref": "#/components/schemas/Medicine"}, "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
              "Acknowledged": {"type": "object", "required": ["id", "message"], "properties": {"id": {"type": "string"}, "message": {"type": "string"}}},
              "Analysis": {"type": "object", "required": ["status", "reason", "days_tracked", "days_used", "days_dropped_for_missing", "episodes_used", "factors_used", "lead_model", "factors", "factors_excluded", "poisson", "negative_binomial"],
                           "properties": {"status": {"type": "string", "enum": ["ok", "not_estimable", "not_enough_data"]}, "reason": {"type": ["string", "null"]},
                                          "days_tracked": {"type": "integer"}, "days_used": {"type": "integer"}, "days_dropped_for_missing": {"type": "integer"}, "episodes_used": {"type": "integer"},
                                          "factors_used": {"type": "array", "items": {"type": "string"}},
                                          "lead_model": {"type": ["string", "null"], "enum": ["poisson", "negative_binomial", null]},
                                          "factors": {"type": "array", "items": {"$ref": "#/components/schemas/Estimate"}, "description": "The lead model's estimates"},
                                          "factors_excluded": {"type": "object", "additionalProperties": {"type": "string"}},
                                          "poisson": {"oneOf": [{"$ref": "#/components/schemas/Model"}, {"type": "null"}]},
                                          "negative_binomial": {"oneOf": [{"$ref": "#/components/schemas/Model"}, {"type": "null"}]}}},
              "Estimate": {"type": "object", "required": ["factor", "rate_ratio", "ci_low", "ci_high", "p", "p_holm", "days", "sentence"],
                           "properties": {"factor": {"type": "string"}, "rate_ratio": {"type": "number"}, "ci_low": {"type": "number"}, "ci_high": {"type": "number"},
                                          "p": {"type": "number"}, "p_holm": {"type": "number"}, "days": {"type": "integer"}, "sentence": {"type": "string"}}},
              "Model": {"type": "object", "required": ["pearson_chi2_df", "alpha", "factors"],
                        "properties": {"pearson_chi2_df": {"type": ["number", "null"], "description": "Poisson only"}, "alpha": {"type": ["number", "null"], "description": "Negative binomial only"},
                                       "factors": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Estimate"}}}},
              "TrialRequest": {"type": "object", "additionalProperties": false, "required": ["product"],
                               "properties": {"product": {"type": "string"}, "servings": {"type": "number", "default": 1}, "blocks": {"type": "integer", "minimum": 3, "default": 6},
                                              "period_days": {"type": "integer", "default": 14}, "washout_days": {"type": "integer", "default": 4},
                                              "placebo": {"type": "boolean", "default": false}, "start": {"type": "string", "format": "date", "description": "Default tomorrow"}}},
              "Trial": {"type": "object", "required": ["start", "end", "product", "servings", "blocks", "period_days", "washout_days", "placebo", "seed", "block_arms", "plan", "today", "today_arm", "today_position", "stopped_on", "stop_reason"],
                        "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}, "product": {"type": "string"},
                                       "servings": {"type": "number"}, "blocks": {"type": "integer"}, "period_days": {"type": "integer"}, "washout_days": {"type": "integer"},
                                       "placebo": {"type": "boolean"}, "seed": {"type": "string", "description": "The random seed the order within each block was drawn with"},
                                       "block_arms": {"type": "array", "items": {"type": "array", "items": {"type": "string", "enum": ["magnesium", "control"]}}, "description": "Each block's arms in order"},
                                       "plan": {"type": "array", "items": {"type": "string"}},
                                       "today": {"type": ["string", "null"], "description": "What to take today"},
                                       "today_arm": {"type": ["string", "null"], "enum": ["magnesium", "control", null]}, "today_position": {"type": ["string", "null"]},
                                       "stopped_on": {"type": ["string", "null"], "format": "date", "description": "The day the trial was stopped early (the first day no longer in it)"},
                                       "stop_reason": {"type": ["string", "null"], "description": "Why it was stopped, in the person's words"}}},
              "TrialStop": {"type": "object", "additionalProperties": false, "required": ["reason"],
                            "properties": {"reason": {"type": "string", "maxLength": 500, "description": "Why the trial is stopped early; the report states it"}}},
              "TrialReport": {"type": "object", "required": ["interim", "stopped_on", "stop_reason", "blocks", "estimate", "ci_low", "ci_high", "p_t", "p_randomization", "prob_benefit", "adherence", "untracked_days_excluded", "summary"],
                              "properties": {"interim": {"type": "boolean"},
                                             "stopped_on": {"type": ["string", "null"], "format": "date"}, "stop_reason": {"type": ["string", "null"]},
                                             "blocks": {"type": "array", "items": {"type": "object", "required": ["magnesium_mean", "control_mean", "difference", "analysed_days"],
                                                        "properties": {"magnesium_mean": {"type": ["number", "null"]}, "control_mean": {"type": ["number", "null"]},
                                                                       "difference": {"type": ["number", "null"]}, "analysed_days": {"type": "integer"}}}},
                                             "adherence": {"type": "object", "required": ["periods", "magnesium_days_taken", "magnesium_days", "control_days_taken", "control_days"],
                                                           "properties": {"periods": {"type": "array", "items": {"type": "object", "required": ["block", "arm", "days_taken", "days"],
                                                                                     "properties": {"block": {"type": "integer"}, "arm": {"type": "string", "enum": ["magnesium", "control"]},
                                                                                                    "days_taken": {"type": "integer"}, "days": {"type": "integer"}}}},
                                                                          "magnesium_days_taken": {"type": "integer"}, "magnesium_days": {"type": "integer"},
                                                                          "control_days_taken": {"type": "integer"}, "control_days": {"type": "integer"}}}, "estimate": {"type": ["number", "null"]}, "ci_low": {"type": ["number", "null"]}, "ci_high": {"type": ["number", "null"]}, "p_t": {"type": ["number", "null"]}, "p_randomization": {"type": ["number", "null"]},
                                             "prob_benefit": {"type": ["number", "null"]}, "untracked_days_excluded": {"type": "integer"}, "summary": {"type": "array", "items": {"type": "string"}}}},
              "Profile": {"type": "object", "required": ["birth", "age_years", "age_is_estimated", "sex", "pregnancy", "kidney_disease", "time_zone", "upper_limit_body", "country", "country_is_default", "emergency_number",
                                                         "life_stage", "recommended_kind", "recommended_mg", "recommended_mg_range", "recommended_sources", "supplement_upper_limit_mg",
                                                         "supplement_upper_limit_body", "supplement_upper_limit_applies_to", "supplement_upper_limit_source", "notices"],
                          "properties": {"birth": {"type": ["string", "null"]}, "age_years": {"type": ["number", "null"]},
                                         "age_is_estimated": {"type": ["boolean", "null"], "description": "True when only the birth year is known"}, "sex": {"type": "string", "enum": ["female", "male", "unspecified"]},
                                         "pregnancy": {"type": "string", "enum": ["none", "pregnant", "breastfeeding"]},
                                         "kidney_disease": {"type": "string", "enum": ["none", "yes", "dialysis", "not_sure"]}, "time_zone": {"type": "string"},
                                         "upper_limit_body": {"type": "string", "enum": ["us", "eu"]},
                                         "country": {"type": ["string", "null"], "description": "ISO 3166-1 alpha-2; null when neither given nor known from the time zone"},
                                         "country_is_default": {"type": "boolean"}, "emergency_number": {"type": ["string", "null"]},
                                         "life_stage": {"type": ["string", "null"]}, "recommended_kind": {"type": ["string", "null"], "enum": ["RDA", "AI", null]},
                                         "recommended_mg": {"type": ["number", "null"], "description": "The higher value when the sex isn't set"},
                                         "recommended_mg_range": {"type": ["array", "null"], "items": {"type": "number"}},
                                         "recommended_sources": {"type": "array", "items": {"type": "string"}},
                                         "supplement_upper_limit_mg": {"type": ["number", "null"]}, "supplement_upper_limit_body": {"type": "string"},
                                         "supplement_upper_limit_applies_to": {"type": ["string", "null"]}, "supplement_upper_limit_source": {"type": ["string", "null"]}, "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"}}}},
              "ProfileUpdate": {"type": "object", "additionalProperties": false,
                                "properties": {"birth": {"type": "string", "description": "YYYY-MM-DD or YYYY"}, "sex": {"type": "string", "enum": ["female", "male", "unspecified"]},
                                               "pregnancy": {"type": "string", "enum": ["none", "pregnant", "breastfeeding"]},
                                               "kidney_disease": {"type": "string", "enum": ["none", "yes", "dialysis", "not_sure"]},
                                               "time_zone": {"type": "string", "description": "An IANA name like Europe/London"},
                                               "upper_limit_body": {"type": "string", "enum": ["us", "eu"]},
                                               "kidney_doctor_agreed": {"type": "string", "format": "date"},
                                               "country": {"type": "string", "description": "A two-letter country code like GB, or none for the time zone's country"}}},
              "Token": {"type": "object", "required": ["id", "name", "created_at", "token"],
                        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "created_at": {"type": "string"},
                                       "token": {"type": ["string", "null"], "description": "The secret, only when just created"}}},
              "ImportOutcome": {"type": "object", "required": ["file", "entry", "bytes", "seconds", "export_date", "types", "other_records", "correlation_copies", "not_asleep_records", "stored", "magnesium_origin", "magnesium_skipped", "unknown_units"],
                                "properties": {"file": {"type": ["string", "null"], "description": "null for an upload"},
                                               "entry": {"type": ["string", "null"], "description": "The XML file read inside a zip"},
                                               "bytes": {"type": "integer"}, "seconds": {"type": "number"}, "export_date": {"type": ["string", "null"], "format": "date-time"},
                                               "types": {"type": "array", "items": {"type": "object", "required": ["type", "records", "used", "duplicates", "future", "invalid", "implausible_days", "days", "first", "last"],
                                                 "properties": {"type": {"type": "string"}, "records": {"type": "integer"}, "used": {"type": "integer"}, "duplicates": {"type": "integer"},
                                                                "future": {"type": "integer"}, "invalid": {"type": "integer"}, "implausible_days": {"type": "integer"}, "days": {"type": "integer"},
                                                                "first": {"type": ["string", "null"]}, "last": {"type": ["string", "null"]}}}},
                                               "other_records": {"type": "integer"}, "correlation_copies": {"type": "integer"}, "not_asleep_records": {"type": "integer"},
                                               "stored": {"type": "object", "required": ["added", "changed", "unchanged", "removed"], "properties": {"added": {"type": "integer"}, "changed": {"type": "integer"},
                                                                                           "unchanged": {"type": "integer"}, "removed": {"type": "integer"}}},
                                               "magnesium_origin": {"type": ["string", "null"]}, "magnesium_skipped": {"type": "boolean"},
                                               "unknown_units": {"type": "object", "additionalProperties": {"type": "integer"}}}},
              "TokenPage": {"type": "object", "required": ["items", "next_cursor"],
                            "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Token"}}, "next_cursor": {"type": ["string", "null"]}}}
            }
          }
        }
        """#
}
