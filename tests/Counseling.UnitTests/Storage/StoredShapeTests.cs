using System.Collections;
using System.Reflection;
using System.Text;
using Counseling.Grains;

namespace Counseling.UnitTests.Storage;

/// <summary>
/// Grain state is stored as JSON, so a renamed or retyped property anywhere under a state type silently orphans
/// what is already stored. This pins the shape of every persisted state, down through every record it holds. When
/// it fails because a contract changed, give the state its own stored record (as <c>AppointmentRecord</c> does)
/// rather than updating the file; update it only for a deliberate, backwards-compatible addition.
/// </summary>
public sealed class StoredShapeTests
{
    private const string ShapeFile = "Storage/stored-shapes.txt";

    [Fact]
    public void EveryPersistedStateKeepsTheShapeAlreadyStored()
    {
        var actual = Describe(PersistedStateTypes());
        var path = Path.Combine(AppContext.BaseDirectory, ShapeFile);
        if (Environment.GetEnvironmentVariable("UPDATE_STORED_SHAPES") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), ShapeFile), actual);
            return;
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var changed = expected.Split('\n').Except(actual.Split('\n')).ToList();
        var added = actual.Split('\n').Except(expected.Split('\n')).ToList();
        Assert.True(changed.Count == 0 && added.Count == 0,
            $"Stored grain state changed shape.\nNo longer present:\n  {string.Join("\n  ", changed)}\nNew:\n  {string.Join("\n  ", added)}\n" +
            "Keep stored state readable (see this test's summary); run with UPDATE_STORED_SHAPES=1 only for a compatible addition.");
    }

    [Fact]
    public void TheShapeCoversTheStatesOfTheCentralGrains()
    {
        var names = PersistedStateTypes().Select(t => t.Name).ToList();
        Assert.Contains("AppointmentState", names);
        Assert.Contains("PurchaseState", names);
        Assert.Contains("MembershipState", names);
        Assert.True(names.Count >= 20, $"found only {names.Count} persisted state types");
    }

    /// <summary>Every T of an <c>IPersistentState&lt;T&gt;</c> a grain's constructor asks for.</summary>
    private static List<Type> PersistedStateTypes() =>
        typeof(StorageNames).Assembly.GetTypes()
            .Where(t => typeof(Grain).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors())
            .SelectMany(c => c.GetParameters())
            .Where(p => p.GetCustomAttribute<PersistentStateAttribute>() is not null)
            .Select(p => p.ParameterType.GetGenericArguments()[0])
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    private static string Describe(IEnumerable<Type> roots)
    {
        var text = new StringBuilder();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                text.Append("enum ").Append(type.Name).Append(": ")
                    .AppendJoin(", ", Enum.GetNames(type).Select(n => $"{n}={Convert.ToInt64(Enum.Parse(type, n))}")).Append('\n');
                continue;
            }

            text.Append(type.Name).Append('\n');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                         .OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append("  ").Append(property.Name).Append(": ").Append(Name(property.PropertyType, queue)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A type's name as JSON sees it; records, classes and enums under it are queued to be described too.</summary>
    private static string Name(Type type, Queue<Type> queue)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner, queue) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, queue) + "[]";
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var arguments = string.Join(", ", type.GetGenericArguments().Select(a => Name(a, queue)));
            return $"{type.Name[..type.Name.IndexOf('`')]}<{arguments}>";
        }

        if (type.IsEnum || (!type.IsPrimitive && type != typeof(string) && type != typeof(decimal) && type.Namespace?.StartsWith("Counseling", StringComparison.Ordinal) == true))
        {
            queue.Enqueue(type);
        }

        return type.Name;
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
