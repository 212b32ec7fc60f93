import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// eslint-disable-next-line no-console -- before bootstrap there is no ErrorHandler to report through
bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
