using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// Rules every table follows, applied once after the per-entity configurations so no configuration repeats them:
/// enumerations are snake_case text with a check constraint listing the allowed values; every <c>*_count</c>
/// and balance column is non-negative and defaults to 0 (unless its configuration names another default); booleans default to false and arrays to '{}' unless
/// configured otherwise; timestamps default to now(); uuid keys default to gen_random_uuid().
/// </summary>
internal static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null || entity.GetSchema() == "auth") continue;

            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;

                if (clrType.IsEnum)
                {
                    property.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(SnakeCaseEnumConverter<>).MakeGenericType(clrType))!);
                    var values = string.Join(", ", Enum.GetNames(clrType).Select(n => $"'{ToSnakeCase(n)}'"));
                    entity.AddCheckConstraint($"ck_{table}_{column}", $"{column} IN ({values})");
                }
                else if ((clrType == typeof(int) || clrType == typeof(long)) &&
                         (column.EndsWith("_count", StringComparison.Ordinal) || column.StartsWith("balance_", StringComparison.Ordinal) ||
                          column.StartsWith("total_", StringComparison.Ordinal)))
                {
                    entity.AddCheckConstraint($"ck_{table}_{column}_non_negative", $"{column} >= 0");
                    // A default the entity's configuration names wins (custom_field_requests.request_count DEFAULT 1).
                    if (property.FindAnnotation(RelationalAnnotationNames.DefaultValue) is null)
                        property.SetDefaultValue(clrType == typeof(long) ? 0L : 0);
                }

                if (clrType == typeof(bool) && !property.IsNullable && property.FindAnnotation(RelationalAnnotationNames.DefaultValue) is null && property.GetDefaultValueSql() is null)
                    property.SetDefaultValue(false);
                if ((clrType == typeof(string[]) || clrType == typeof(Guid[])) && !property.IsNullable && property.GetDefaultValueSql() is null &&
                    property.GetComputedColumnSql() is null)
                    property.SetDefaultValueSql("'{}'");

                if (column is "created_at" or "updated_at" && clrType == typeof(DateTimeOffset))
                    property.SetDefaultValueSql("now()");
                if (property.IsPrimaryKey() && clrType == typeof(Guid))
                    property.SetDefaultValueSql("gen_random_uuid()");
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}

/// <summary>Stores <c>InProgress</c> as <c>'in_progress'</c>.</summary>
internal sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => EnumText<TEnum>.ToText(v),
    v => EnumText<TEnum>.FromText(v))
    where TEnum : struct, Enum;

/// <summary>The snake_case text of each member of an enumeration, both ways.</summary>
public static class EnumText<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> ToTextMap =
        Enum.GetValues<TEnum>().ToDictionary(v => v, v => ModelConventions.ToSnakeCase(v.ToString()));
    private static readonly Dictionary<string, TEnum> FromTextMap = ToTextMap.ToDictionary(kv => kv.Value, kv => kv.Key);

    public static string ToText(TEnum value) => ToTextMap[value];
    public static TEnum FromText(string text) => FromTextMap[text];
    public static bool TryParse(string? text, out TEnum value) => FromTextMap.TryGetValue(text ?? "", out value);
}
