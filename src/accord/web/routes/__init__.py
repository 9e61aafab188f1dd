"""The app's routes, one module per area; each holds the area's pages and its /api/v1 endpoints."""

from accord.web.routes import (
    api_docs,
    curate_pages,
    curation,
    documents,
    entities,
    exports,
    initiatives,
    overview,
    report,
    search,
    series,
    session,
    upload,
)

ROUTERS = [
    overview.router,
    initiatives.router,
    entities.router,
    series.router,
    documents.router,
    search.router,
    report.router,
    exports.router,
    upload.router,
    curation.router,
    curate_pages.router,
    session.router,
    api_docs.router,
]
