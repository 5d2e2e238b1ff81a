# NewsHub container image (for users who have Docker; nothing in the repository needs it).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/NewsHub.Web/NewsHub.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    NewsHub__Sources__PublicUrl=http://127.0.0.1:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "NewsHub.Web.dll"]
