using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MediaLit.Notebooks.Tests;

/// <summary>
/// A small JSON Schema validator for the draft-04/07 subset the nbformat schema uses: $ref to
/// #/definitions/..., type, required, properties, additionalProperties, patternProperties, enum, const,
/// items, oneOf/anyOf/allOf/not, minItems/maxItems/uniqueItems, pattern, minLength/maxLength,
/// minimum/maximum. (No schema package restores from this registry copy.) Unknown keywords are ignored,
/// as the specification says.
/// </summary>
internal sealed class JsonSchemaValidator(JsonElement schema)
{
    public static JsonSchemaValidator Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>Violations as "path: problem"; empty when the document is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(schema, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        if (rule.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return;
        }

        if (rule.ValueKind != JsonValueKind.Object)
        {
            return; // true or {} accepts everything
        }

        if (rule.TryGetProperty("$ref", out var reference))
        {
            // From draft 2019-09 (the dev-container schema) keywords beside $ref apply too; draft-04 ignored
            // them, but the nbformat schema never puts any there, so evaluating them serves both.
            Check(Resolve(reference.GetString()!), value, path, errors);
        }

        if (rule.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            errors.Add($"{path}: expected type {type.GetRawText()}, got {value.ValueKind}");
            return;
        }

        if (rule.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {options.GetRawText()}");
        }

        if (rule.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.GetRawText()}");
        }

        CheckCombinators(rule, value, path, errors);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(rule, value, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray(rule, value, path, errors);
                break;
            case JsonValueKind.String:
                CheckString(rule, value.GetString()!, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(rule, value.GetDouble(), path, errors);
                break;
        }
    }

    private void CheckCombinators(JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        if (rule.TryGetProperty("allOf", out var all))
        {
            foreach (var part in all.EnumerateArray())
            {
                Check(part, value, path, errors);
            }
        }

        if (rule.TryGetProperty("anyOf", out var any) && !any.EnumerateArray().Any(part => IsValid(part, value, path)))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (rule.TryGetProperty("oneOf", out var one))
        {
            var matches = one.EnumerateArray().Count(part => IsValid(part, value, path));
            if (matches != 1)
            {
                errors.Add($"{path}: matches {matches} of oneOf, expected exactly 1");
            }
        }

        if (rule.TryGetProperty("not", out var not) && IsValid(not, value, path))
        {
            errors.Add($"{path}: must not match {not.GetRawText()}");
        }
    }

    private void CheckObject(JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        if (rule.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: missing required property '{name}'");
            }
        }

        rule.TryGetProperty("properties", out var properties);
        rule.TryGetProperty("patternProperties", out var patterns);
        var hasAdditional = rule.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            var matched = false;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertyRule))
            {
                matched = true;
                Check(propertyRule, property.Value, childPath, errors);
            }

            if (patterns.ValueKind == JsonValueKind.Object)
            {
                foreach (var pattern in patterns.EnumerateObject().Where(p => Regex.IsMatch(property.Name, p.Name)))
                {
                    matched = true;
                    Check(pattern.Value, property.Value, childPath, errors);
                }
            }

            if (!matched && hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{childPath}: additional property not allowed");
                }
                else
                {
                    Check(additional, property.Value, childPath, errors);
                }
            }
        }
    }

    private void CheckArray(JsonElement rule, JsonElement value, string path, List<string> errors)
    {
        var items = value.EnumerateArray().ToList();
        if (rule.TryGetProperty("items", out var itemRule))
        {
            for (var i = 0; i < items.Count; i++)
            {
                // Tuple form (an array of schemas) validates positionally.
                var applicable = itemRule.ValueKind == JsonValueKind.Array
                    ? (i < itemRule.GetArrayLength() ? itemRule[i] : default)
                    : itemRule;
                if (applicable.ValueKind != JsonValueKind.Undefined)
                {
                    Check(applicable, items[i], $"{path}[{i}]", errors);
                }
            }
        }

        if (rule.TryGetProperty("minItems", out var min) && items.Count < min.GetInt32())
        {
            errors.Add($"{path}: fewer than {min.GetInt32()} items");
        }

        if (rule.TryGetProperty("maxItems", out var max) && items.Count > max.GetInt32())
        {
            errors.Add($"{path}: more than {max.GetInt32()} items");
        }

        if (rule.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True
            && items.Where((item, i) => items.Take(i).Any(earlier => JsonElement.DeepEquals(earlier, item))).Any())
        {
            errors.Add($"{path}: items are not unique");
        }
    }

    private static void CheckString(JsonElement rule, string text, string path, List<string> errors)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (rule.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            errors.Add($"{path}: shorter than {min.GetInt32()}");
        }

        if (rule.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            errors.Add($"{path}: longer than {max.GetInt32()}");
        }

        if (rule.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
        {
            errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
        }
    }

    private static void CheckNumber(JsonElement rule, double number, string path, List<string> errors)
    {
        if (rule.TryGetProperty("minimum", out var min) && number < min.GetDouble())
        {
            errors.Add($"{path}: less than {min.GetDouble()}");
        }

        if (rule.TryGetProperty("maximum", out var max) && number > max.GetDouble())
        {
            errors.Add($"{path}: greater than {max.GetDouble()}");
        }

        if (rule.TryGetProperty("exclusiveMinimum", out var exclusive) && exclusive.ValueKind == JsonValueKind.Number && number <= exclusive.GetDouble())
        {
            errors.Add($"{path}: not greater than {exclusive.GetDouble()}");
        }
    }

    private bool IsValid(JsonElement rule, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(rule, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local references are supported: {reference}");
        }

        var target = schema;
        foreach (var segment in reference[2..].Split('/'))
        {
            target = target.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return target;
    }

    private static bool MatchesType(JsonElement type, JsonElement value) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value))
        : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && Math.Floor(value.GetDouble()) == value.GetDouble(),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };
}
