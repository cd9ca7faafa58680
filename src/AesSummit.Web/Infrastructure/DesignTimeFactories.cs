using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AesSummit.Web.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgreSqlSummitDbContext</c> build the model without a server.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSummitDbContext>
{
    public PostgreSqlSummitDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlSummitDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}

/// <summary>Lets the EF tools build the SQLite model on its own (the PostgreSQL factory above would otherwise answer for its base type).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SummitDbContext>
{
    public SummitDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SummitDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
