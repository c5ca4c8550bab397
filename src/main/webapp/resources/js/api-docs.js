// Swagger UI over the server's OpenAPI document (served by WildFly at /openapi on the same host).
window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "none",
    defaultModelsExpandDepth: 0
});
