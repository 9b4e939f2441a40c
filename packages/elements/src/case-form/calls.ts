/** The SDK calls the form makes once a report is on its way, loaded with the later steps. */
export { attachmentsApi, createCase, nearbyCases, supportCase } from '@panama311/sdk';
