using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace AesSummit.Web.Features.Content;

/// <summary>An entry read from YAML that remembers the line it started on, for precise errors.</summary>
public interface ISourceLine
{
    int Line { get; set; }
}

/// <summary>Strict YAML reading for content files: unknown keys and wrong types are errors with a line number.</summary>
public static class ContentYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LineRecordingDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>())
        .Build();

    /// <param name="firstLine">Line of the file on which <paramref name="yaml"/> starts (front matter starts on line 2).</param>
    public static T Read<T>(string yaml, string file, int firstLine = 1)
        where T : class
    {
        try
        {
            var value = Deserializer.Deserialize<T>(yaml);
            return value ?? throw new ContentImportException(file, firstLine, "the document is empty");
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + firstLine - 1;
            var reason = e.InnerException?.Message ?? e.Message;
            throw new ContentImportException(file, line, $"invalid YAML: {reason}", e);
        }
    }

    private sealed class LineRecordingDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var start = reader.Current?.Start;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }

            if (value is ISourceLine located && start is not null)
            {
                located.Line = (int)start.Value.Line;
            }

            return true;
        }
    }
}
