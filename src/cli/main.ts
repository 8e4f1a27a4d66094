console.log('lever');
