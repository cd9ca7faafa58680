# Build with the SDK, run on the ASP.NET runtime as a non-root user; the SQLite store lives on a volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig AesSummit.sln ./
COPY src/AesSummit.Web/AesSummit.Web.csproj src/AesSummit.Web/
RUN dotnet restore src/AesSummit.Web/AesSummit.Web.csproj
COPY src/ src/
RUN dotnet publish src/AesSummit.Web -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY content/ ./content/
RUN mkdir -p /var/lib/aes-summit /app/logs && chown -R app:app /var/lib/aes-summit /app/logs
# Site__PublicUrl has no default: the portal refuses to start without its public address (docker run -e
# Site__PublicUrl=https://sommets.example.org …), takes every absolute link from it, and answers only that host
# (set AllowedHosts to list others, such as a load balancer's health-check address).
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Summit="Data Source=/var/lib/aes-summit/summit.db" \
    Files__Path=/var/lib/aes-summit/files \
    Content__Path=/app/content
VOLUME /var/lib/aes-summit
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "AesSummit.Web.dll"]
