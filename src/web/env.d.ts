// Stylesheets are bundled by Vite; this lets TypeScript accept their side-effect imports.
// (Deliberately not vite/client: this project has one tsconfig, and the server shares it.)
declare module '*.css';
