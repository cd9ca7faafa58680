using AesSummit.Web.Features.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AesSummit.Web.Infrastructure.Migrations;

/// <summary>Adds the FTS5 table of full-text search. It is outside the EF model (a virtual table), so the model snapshot does not change; start-up fills it.</summary>
[DbContext(typeof(SummitDbContext))]
[Migration("20261124200000_AddSearchIndex")]
public sealed class AddSearchIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SearchIndex.CreateTableSql);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP TABLE IF EXISTS SearchEntries;");
}
