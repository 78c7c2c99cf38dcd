using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaLit.Notebooks.Tests;

/// <summary>The validator must be able to fail: good and broken notebooks against the real nbformat schema.</summary>
public class SchemaValidatorTests
{
    internal static readonly JsonSchemaValidator Nbformat = JsonSchemaValidator.Load(TestPaths.Schema);

    [Fact]
    public void A_committed_fixture_is_valid()
    {
        Assert.Empty(Nbformat.Validate(Load("basics.ipynb").RootElement));
    }

    [Theory]
    [InlineData("missing cells")]
    [InlineData("cell without id")]
    [InlineData("bad id pattern")]
    [InlineData("execution_count as string")]
    [InlineData("unknown output type")]
    [InlineData("display_data without metadata")]
    [InlineData("extra root property")]
    [InlineData("negative nbformat_minor")]
    public void A_broken_notebook_is_rejected(string breakage)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(TestPaths.Fixture("basics.ipynb")))!.AsObject();
        var code = notebook["cells"]![1]!.AsObject();
        switch (breakage)
        {
            case "missing cells": notebook.Remove("cells"); break;
            case "cell without id": code.Remove("id"); break;
            case "bad id pattern": code["id"] = "has spaces!"; break;
            case "execution_count as string": code["execution_count"] = "1"; break;
            case "unknown output type": code["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "picture" }); break;
            case "display_data without metadata":
                code["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "display_data", ["data"] = new JsonObject() });
                break;
            case "extra root property": notebook["extra"] = 1; break;
            case "negative nbformat_minor": notebook["nbformat_minor"] = -1; break;
        }

        Assert.NotEmpty(Nbformat.Validate(JsonDocument.Parse(notebook.ToJsonString()).RootElement));
    }

    [Fact]
    public void Keywords_outside_the_nbformat_schema_work_too()
    {
        var schema = JsonDocument.Parse("""
            { "definitions": { "n": { "type": "integer", "minimum": 1 } },
              "type": "object",
              "properties": { "list": { "type": "array", "items": { "$ref": "#/definitions/n" }, "minItems": 1, "maxItems": 2 },
                              "kind": { "const": "x" }, "any": { "anyOf": [ { "type": "string" }, { "type": "null" } ] } } }
            """).RootElement;
        var validator = new JsonSchemaValidator(schema);

        Assert.Empty(validator.Validate(JsonDocument.Parse("""{ "list": [1, 2], "kind": "x", "any": null }""").RootElement));
        Assert.Equal(5, validator.Validate(JsonDocument.Parse("""{ "list": [0, 1.5, 3], "kind": "y", "any": 1 }""").RootElement).Count); // minimum, integer, maxItems, const, anyOf
    }

    private static JsonDocument Load(string fixture) => JsonDocument.Parse(File.ReadAllText(TestPaths.Fixture(fixture)));
}
