import { createApp } from 'vue';
// Registers <innovasjon-modell>; the template types make editors and vue-tsc know its props and events.
import 'innovasjon-modell/define';
import type {} from 'innovasjon-modell/vue';
import App from './App.vue';

createApp(App).mount('#app');
