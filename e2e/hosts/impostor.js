// Pretends to be the widget: right message types, wrong origin. The loader must pass none of it on.
parent.postMessage({ type: 'seller-check:v1:resized', height: 3 }, '*');
parent.postMessage({ type: 'seller-check:v1:completed', stage: 1, stageName: 'fake' }, '*');
